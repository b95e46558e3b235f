/**
 * Constrained decoding never emits a malformed stop: fuzzed with random logits (a fake model,
 * since the real ones are far too predictable to reach most of the grammar) and with the real
 * model over random action sequences.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseStop, type FrameView } from '../../model-runtime/codec.js';
import { StopDecoder, type LogitSource } from '../../model-runtime/decoder.js';
import { RuntimeError } from '../../model-runtime/errors.js';
import { ACTION_TOKENS, SPECIAL_TOKENS, specialId, splitSegments } from '../../model-runtime/format.js';
import { GrammarTables, StopGrammar } from '../../model-runtime/grammar.js';
import { KvCache } from '../../model-runtime/kv-cache.js';
import type { Predictor } from '../../model-runtime/predictor.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import { FORWARD_ACTIONS, INVERSE_ACTIONS, type Action } from '../../model-runtime/stop.js';
import { SegmentTokenizer } from '../../model-runtime/tokenizer.js';
import { refusal } from './grammar-feed.js';
import { ROOT, goldenCases, modelTokenizerJson, testPredictor } from './helpers.js';

/** FAKE model: random logits (seeded), special tokens favoured so stops end in reasonable time. */
class FakeRandomLogits implements LogitSource {
  private state: number;
  constructor(
    readonly vocab: number,
    seed: number,
  ) {
    this.state = seed;
  }

  private random(): number {
    this.state = (this.state * 1103515245 + 12345) % 2 ** 31;
    return this.state / 2 ** 31;
  }

  async run(ids: readonly number[], cache: KvCache): Promise<Float32Array> {
    cache.append(cache.buffers.map(() => new Float32Array(ids.length)), ids.length);
    const logits = new Float32Array(this.vocab);
    for (let i = 0; i < this.vocab; i++) logits[i] = this.random() * 4 + (i < SPECIAL_TOKENS.length ? 3 : 0);
    return logits;
  }
}

/** A stop the constrained decoder produced must parse and pass a fresh grammar. */
function checkWellFormed(program: ProgramInfo, old: FrameView[], segments: string[]): FrameView[] {
  expect(refusal(new StopGrammar(new GrammarTables(program), old), segments)).toBeUndefined();
  let key = 1000;
  const stop = parseStop(segments, old, () => key++);
  for (const f of stop.frames) {
    expect(program.lineNumbers.has(f.line)).toBe(true);
    expect(program.frameNames.has(f.name)).toBe(true);
    for (const name of Object.keys(f.locals)) expect(program.variableNames.has(name)).toBe(true);
  }
  return stop.frames;
}

describe('constrained decoding with random logits (fake model)', () => {
  it('writes only well-formed stops', async () => {
    const tokenizer = new SegmentTokenizer(modelTokenizerJson());
    let produced = 0;
    for (const [k, c] of goldenCases().entries()) {
      const program = new ProgramInfo(c.source);
      const tables = new GrammarTables(program);
      const decoder = new StopDecoder(new FakeRandomLogits(tokenizer.vocabSize, 7 + k), tokenizer);
      let old: FrameView[] = [];
      let key = 0;
      for (const segs of c.segments.slice(1)) {
        // random stops after each real previous stop (a real `old` exercises diffs and <|del|>)
        for (let trial = 0; trial < 3; trial++) {
          const cache = new KvCache(2, 1, 1, 4096);
          try {
            const out = await decoder.decode(cache, [specialId(ACTION_TOKENS.step_into)], { grammar: new StopGrammar(tables, old), forcing: trial % 2 === 0, maxTokens: 200 });
            checkWellFormed(program, old, out.segments);
            produced++;
          } catch (e) {
            if (!(e instanceof RuntimeError && e.code === 'stop-too-long')) throw e;
          }
        }
        old = parseStop(segs.slice(1), old, () => key++).frames;
      }
    }
    expect(produced).toBeGreaterThan(50);
  });
});

describe('constrained decoding with the model', () => {
  let predictor: Predictor;
  beforeAll(async () => {
    predictor = await testPredictor();
  });

  it('every stop of random sessions is well formed', async () => {
    const actions: Action[] = [...FORWARD_ACTIONS, ...INVERSE_ACTIONS];
    const programs = [
      ...goldenCases().map((c) => ({ source: c.source, call: c.call ?? undefined })),
      { source: fs.readFileSync(path.join(ROOT, 'examples', 'classroom.py'), 'utf8'), call: undefined },
    ];
    let seed = 3;
    for (const p of programs) {
      const info = new ProgramInfo(p.source);
      const s = await predictor.open({ source: p.source, call: p.call });
      let old = checkWellFormed(info, [], splitSegments(s.current.text));
      for (let i = 0; i < 12; i++) {
        seed = (seed * 31 + 7) % 1009;
        const action = actions[seed % actions.length]!;
        const step = await s.step(action);
        old = checkWellFormed(info, old, splitSegments(step.text));
      }
    }
  });
});

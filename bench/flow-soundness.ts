/**
 * Whether the step limits of constrained decoding (model-runtime/flow.ts) hold on real
 * traces: every stop the tracer recorded must pass the stop grammar given the action that
 * led to it. A refused stop is one the constrained decoder could never predict.
 *
 *   npm run bench:flow -- FILE.jsonl...   (records with `source` and the rendered trace `text`,
 *                                          as `python -m training generate` writes them)
 *
 * Reports stops checked and refused, by action, with the first refusals in full.
 */
import { readFileSync } from 'node:fs';
import { parseStop, type FrameView } from '../model-runtime/codec.js';
import { ACTION_TOKENS, BOS, EOS, TOKEN_TO_KIND, isSpecial, splitSegments, type Segment } from '../model-runtime/format.js';
import { GrammarTables, StopGrammar } from '../model-runtime/grammar.js';
import { ProgramInfo } from '../model-runtime/program.js';
import type { Action } from '../model-runtime/stop.js';
import { refusal } from '../test/runtime/grammar-feed.js';

const ACTION_BY_TOKEN = new Map(Object.entries(ACTION_TOKENS).map(([a, t]) => [t, a as Action]));
const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run bench:flow -- FILE.jsonl...\n');
  process.exit(2);
}

const checked = new Map<string, number>();
const refused = new Map<string, number>();
const examples: string[] = [];
let programs = 0;
for (const file of files) {
  for (const [lineNo, row] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!row.trim()) continue;
    const record = JSON.parse(row) as { id?: string; source: string; text: string };
    programs++;
    const tables = new GrammarTables(new ProgramInfo(record.source));
    let frames: FrameView[] = [];
    let key = 0;
    for (const { action, stop } of steps(splitSegments(record.text))) {
      if (action === null) {
        frames = parseStop(stop, [], () => key++).frames; // a window's snapshot: where the trace resumes
        continue;
      }
      checked.set(action, (checked.get(action) ?? 0) + 1);
      const why = refusal(new StopGrammar(tables, frames, undefined, action), stop);
      if (why !== undefined) {
        refused.set(action, (refused.get(action) ?? 0) + 1);
        if (examples.length < 12) {
          const from = frames.map((f) => `${f.name}:${f.line}`).join(' > ');
          examples.push(`${file}:${lineNo + 1} ${record.id ?? ''} ${action} from [${from}]: ${why}`);
        }
      }
      try {
        frames = parseStop(stop, frames, () => key++).frames;
      } catch (e) {
        throw new Error(`${file}:${lineNo + 1}: ${JSON.stringify(stop)} after [${frames.map((f) => `${f.name}:${f.line}`).join(' > ')}]: ${String(e)}`);
      }
    }
  }
}

const total = [...checked.values()].reduce((a, b) => a + b, 0);
const bad = [...refused.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`${programs} programs, ${total} stops, ${bad} refused\n`);
for (const [action, n] of [...checked].sort()) process.stdout.write(`  ${action}: ${n} stops, ${refused.get(action) ?? 0} refused\n`);
for (const e of examples) process.stdout.write(`${e}\n`);
process.exitCode = bad > 0 ? 1 : 0;

/** The (action, stop segments) pairs of a rendered trace; a window's snapshot comes with action null. */
function* steps(segs: readonly Segment[]): Generator<{ action: Action | null; stop: Segment[] }> {
  let inHeader = false;
  let action: Action | null = null;
  let stop: Segment[] = [];
  for (const s of segs) {
    if (s === BOS) inHeader = true;
    const a = isSpecial(s) ? ACTION_BY_TOKEN.get(s) : undefined;
    if (a !== undefined) {
      inHeader = false;
      action = a;
      stop = [];
      continue;
    }
    if (inHeader && TOKEN_TO_KIND.has(s)) {
      inHeader = false; // the header ends where the snapshot's kind starts
      action = null;
      stop = [];
    }
    if (inHeader) continue;
    stop.push(s);
    if (s === EOS) yield { action, stop };
  }
}

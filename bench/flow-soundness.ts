/**
 * Whether the step limits of constrained decoding (model-runtime/flow.ts) hold on real
 * traces: every stop the tracer recorded must pass the stop grammar given the action that
 * led to it. A refused stop is one the constrained decoder could never predict.
 *
 *   npm run bench:flow -- [--no-walks] FILE.jsonl...   (records with `source` and the rendered
 *                     trace `text`, as `python -m training generate` writes them)
 *
 * Reports stops checked and refused, by action, with the first refusals in full; and, from
 * each stop's previous frames, whether a random stop the grammar allows can always be
 * finished (a dead end would make decoding fail).
 */
import { readFileSync } from 'node:fs';
import { parseStop, type FrameView } from '../model-runtime/codec.js';
import { ACTION_TOKENS, BOS, BP, EOS, TOKEN_TO_KIND, isSpecial, splitSegments, type Segment } from '../model-runtime/format.js';
import { GrammarTables, STOP_MARKERS, StopGrammar } from '../model-runtime/grammar.js';
import { ProgramInfo } from '../model-runtime/program.js';
import type { Action } from '../model-runtime/stop.js';
import { refusal } from '../test/runtime/grammar-feed.js';

const ACTION_BY_TOKEN = new Map(Object.entries(ACTION_TOKENS).map(([a, t]) => [t, a as Action]));
const walks = !process.argv.includes('--no-walks');
const files = process.argv.slice(2).filter((a) => a !== '--no-walks');
if (files.length === 0) {
  process.stderr.write('usage: npm run bench:flow -- [--no-walks] FILE.jsonl...\n');
  process.exit(2);
}

const checked = new Map<string, number>();
const refused = new Map<string, number>();
const examples: string[] = [];
let programs = 0;
let deadEnds = 0;
let walkSeed = 1;
for (const file of files) {
  for (const [lineNo, row] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!row.trim()) continue;
    const record = JSON.parse(row) as { id?: string; source: string; text: string };
    programs++;
    const tables = new GrammarTables(new ProgramInfo(record.source));
    let frames: FrameView[] = [];
    let key = 0;
    for (const { action, breakpoints, stop } of steps(splitSegments(record.text))) {
      if (action === null) {
        frames = parseStop(stop, [], () => key++).frames; // a window's snapshot: where the trace resumes
        continue;
      }
      checked.set(action, (checked.get(action) ?? 0) + 1);
      const why = refusal(new StopGrammar(tables, frames, undefined, { action, breakpoints }), stop);
      if (why !== undefined) {
        refused.set(action, (refused.get(action) ?? 0) + 1);
        if (examples.length < 12) {
          const from = frames.map((f) => `${f.name}:${f.line}`).join(' > ');
          examples.push(`${file}:${lineNo + 1} ${record.id ?? ''} ${action} from [${from}]: ${why}`);
        }
      }
      try {
        const path: string[] = [];
      if (walks && !walksOut(new StopGrammar(tables, frames, undefined, { action, breakpoints }), walkSeed++, path)) {
        deadEnds++;
        const from = frames.map((f) => `${f.name}:${f.line}`).join(' > ');
        if (examples.length < 12) examples.push(`${file}:${lineNo + 1} dead end after ${action} from [${from}]: ${JSON.stringify(path.join(''))}`);
      }
      frames = parseStop(stop, frames, () => key++).frames;
      } catch (e) {
        throw new Error(`${file}:${lineNo + 1}: ${JSON.stringify(stop)} after [${frames.map((f) => `${f.name}:${f.line}`).join(' > ')}]: ${String(e)}`);
      }
    }
  }
}

/**
 * A random walk through a stop (up to 300 choices), choosing among what the grammar allows:
 * false if it reaches a point where nothing is allowed (decoding would fail there).
 */
function walksOut(grammar: StopGrammar, seed: number, path: string[] = []): boolean {
  let state = seed * 2654435761 + 1;
  const random = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const kinds = [...TOKEN_TO_KIND.keys()].filter((k) => grammar.allowsMarker(k));
  if (kinds.length === 0) return false;
  const kind = kinds[random(kinds.length)]!;
  grammar.marker(kind);
  path.push(kind);
  for (let steps = 0; steps < 300; steps++) {
    const markers = STOP_MARKERS.filter((m) => grammar.allowsMarker(m));
    const bytes: number[] = [];
    grammar.allowedFirstBytes().forEach((ok, b) => ok && bytes.push(b));
    if (markers.length + bytes.length === 0) return false;
    if (markers.length > 0 && (bytes.length === 0 || random(4) === 0)) {
      const marker = markers[random(markers.length)]!;
      grammar.marker(marker);
      path.push(marker);
      if (grammar.finished) return true;
      continue;
    }
    const b = bytes[random(bytes.length)]!;
    grammar.acceptBytes(Uint8Array.of(b));
    path.push(String.fromCharCode(b));
  }
  return true;
}

const total = [...checked.values()].reduce((a, b) => a + b, 0);
const bad = [...refused.values()].reduce((a, b) => a + b, 0);
process.stdout.write(`${programs} programs, ${total} stops, ${bad} refused; random stops from each: ${deadEnds} dead ends\n`);
for (const [action, n] of [...checked].sort()) process.stdout.write(`  ${action}: ${n} stops, ${refused.get(action) ?? 0} refused\n`);
for (const e of examples) process.stdout.write(`${e}\n`);
process.exitCode = bad + deadEnds > 0 ? 1 : 0;

/** The steps of a rendered trace with the header's breakpoints; a window's snapshot comes with action null. */
function* steps(segs: readonly Segment[]): Generator<{ action: Action | null; breakpoints: number[]; stop: Segment[] }> {
  let inHeader = false;
  let action: Action | null = null;
  let breakpoints: number[] = [];
  let stop: Segment[] = [];
  for (const [i, s] of segs.entries()) {
    if (s === BOS) {
      inHeader = true;
      breakpoints = [];
    }
    if (inHeader && s === BP) breakpoints = segs[i + 1]!.trim().split(/\s+/).map(Number);
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
    if (s === EOS) yield { action, breakpoints, stop };
  }
}

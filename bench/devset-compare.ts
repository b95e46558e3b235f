/**
 * Compare mode over the real-code dev set's scripts (training/devsets/scripts, written by us;
 * never trained on): each script runs under debugpy and the model through the built CLI
 * (`dist/cli.js compare`), and the per-script accuracies are averaged.
 *
 *   npm run bench:devset [-- --actions step_over*25] [--resync onDivergence] [--model DIR] [--json]
 *
 * Reports, mean over scripts and pooled over stops: next line right, whole stop right (with
 * resync: each prediction starts from the real previous stop), and stops the model could not
 * predict at all, with the reasons; and predicted stops that cannot happen in their program
 * (bench/impossible_stops.py, by Python's parser).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = process.cwd(); // npm runs scripts at the package root
const SCRIPTS = join(ROOT, 'training', 'devsets', 'scripts');

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1]! : fallback;
};
const actions = flag('actions', 'step_over*25');
const resync = flag('resync', 'onDivergence');
const model = flag('model', join(ROOT, 'models', 'default'));

interface Tally {
  correct: number;
  total: number;
}
interface CompareReport {
  records: { index: number; predictionError: string | null }[];
  accuracy: { withResync: { overall: Tally; components: { line: Tally } } };
}
interface ScriptResult {
  script: string;
  stops: number;
  line: number;
  whole: number;
  unpredicted: number;
  impossible: Impossible;
}
/** Predicted stops that cannot happen, judged by Python's parser (bench/impossible_stops.py). */
interface Impossible {
  stops: number;
  impossible: number;
  wrong_function: number;
  unknown_locals: number;
}

const results: ScriptResult[] = [];
const reasons = new Map<string, number>();
for (const script of readdirSync(SCRIPTS).filter((f) => f.endsWith('.py')).sort()) {
  const out = execFileSync(
    process.execPath,
    [join(ROOT, 'dist', 'cli.js'), 'compare', join(SCRIPTS, script), '--actions', actions, '--resync', resync, '--model', model, '--json'],
    { maxBuffer: 1 << 28, encoding: 'utf8' },
  );
  const report = JSON.parse(out) as CompareReport;
  const acc = report.accuracy.withResync;
  const failed = report.records.filter((r) => r.predictionError !== null);
  for (const r of failed) {
    const reason = r.predictionError!.replace(/\d+/g, 'N');
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  const stops = acc.overall.total;
  const impossible = JSON.parse(
    execFileSync(process.env.NDB_PYTHON ?? 'python3', [join(ROOT, 'bench', 'impossible_stops.py'), join(SCRIPTS, script)], { input: out, encoding: 'utf8' }),
  ) as Impossible;
  results.push({
    script,
    stops,
    line: stops ? acc.components.line.correct / stops : 0,
    whole: stops ? acc.overall.correct / stops : 0,
    unpredicted: failed.length,
    impossible,
  });
  process.stderr.write(`${script}: line ${pct(results.at(-1)!.line)}, whole ${pct(results.at(-1)!.whole)}, ${stops} stops\n`);
}

const mean = (f: (r: ScriptResult) => number): number => results.reduce((s, r) => s + f(r), 0) / results.length;
const stops = results.reduce((s, r) => s + r.stops, 0);
const summary = {
  command: `npm run bench:devset -- --actions ${actions} --resync ${resync}`,
  model,
  scripts: results.length,
  stops,
  mean: { line: mean((r) => r.line), whole: mean((r) => r.whole) },
  pooled: {
    line: results.reduce((s, r) => s + r.line * r.stops, 0) / stops,
    whole: results.reduce((s, r) => s + r.whole * r.stops, 0) / stops,
  },
  unpredicted: { stops: results.reduce((s, r) => s + r.unpredicted, 0), reasons: Object.fromEntries(reasons) },
  impossible: {
    predicted: results.reduce((s, r) => s + r.impossible.stops, 0),
    stops: results.reduce((s, r) => s + r.impossible.impossible, 0),
    framesInTheWrongFunction: results.reduce((s, r) => s + r.impossible.wrong_function, 0),
    unknownLocals: results.reduce((s, r) => s + r.impossible.unknown_locals, 0),
  },
  perScript: results,
};
if (argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(summary, null, 1)}\n`);
} else {
  process.stdout.write(
    `${summary.scripts} scripts, ${stops} stops (${actions}, resync ${resync})\n` +
      `mean over scripts: line ${pct(summary.mean.line)}, whole stop ${pct(summary.mean.whole)}\n` +
      `pooled over stops: line ${pct(summary.pooled.line)}, whole stop ${pct(summary.pooled.whole)}\n` +
      `stops without a prediction: ${summary.unpredicted.stops}\n` +
      `predicted stops that cannot happen (Python's ast): ${summary.impossible.stops} of ${summary.impossible.predicted} ` +
      `(${summary.impossible.framesInTheWrongFunction} frames in the wrong function, ${summary.impossible.unknownLocals} unknown locals)\n` +
      [...reasons].map(([m, n]) => `  ${n}× ${m}\n`).join(''),
  );
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

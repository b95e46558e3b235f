/**
 * What compare mode costs per step against plain debugpy stepping, measured in one run on the
 * same program and actions: `RealSession.step` (step + full inspection of the stop) against
 * `LockstepSession.forward` (that, plus the prediction(s) started before it and the verdict).
 * Sessions alternate so both see the same machine load. The exit step is left out on both
 * sides (pydevd waits 0.5 s for its threads there).
 *
 *   npm run bench:compare [-- --model DIR] [--rounds N] [--resync onDivergence|always|never] [--program FILE]
 *
 * With `onDivergence` a model that is often wrong resyncs often: each resync opens a predictor
 * session at the real stop, and the never-resyncing shadow predicts too (two predictions).
 */
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { LockstepSession } from '../adapter/compare/lockstep';
import type { ResyncPolicy } from '../adapter/compare/neuralSide';
import { RealSession } from '../adapter/debugpy/realSession';
import { defaultModelDir, loadPredictor, type Predictor } from '../model-runtime/index';

const ROOT = process.cwd(); // npm runs scripts at the package root
const PYTHON = join(ROOT, '.venv', 'bin', 'python');
const SHIPPED = resolve(ROOT, 'models', 'default');
/** A cap per session: the programs here end long before it. */
const MAX_STEPS = 300;

const argv = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};

async function plainSamples(program: string, out: number[]): Promise<void> {
  const session = await RealSession.launch({ program, python: PYTHON });
  try {
    let stop = await session.waitForStop();
    for (let i = 0; i < MAX_STEPS && stop.kind !== 'exit'; i++) {
      const t0 = performance.now();
      stop = await session.step('step_into');
      if (stop.kind !== 'exit') out.push(performance.now() - t0);
    }
  } finally {
    session.disconnect();
  }
}

async function compareSamples(program: string, predictor: Predictor, resync: ResyncPolicy, out: number[], counts: { resynced: number; matched: number }): Promise<void> {
  const session = await LockstepSession.start({ program, predictor, python: PYTHON, resync });
  try {
    for (let i = 0; i < MAX_STEPS && !session.ended; i++) {
      const t0 = performance.now();
      const { record } = await session.forward('step_into');
      if (record.real.kind === 'exit') break;
      out.push(performance.now() - t0);
      if (record.resynced) counts.resynced++;
      if (record.verdict.match) counts.matched++;
    }
  } finally {
    session.dispose();
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const modelDir = resolve(flag('model') ?? defaultModelDir());
  const rounds = Number(flag('rounds') ?? 5);
  const resync = (flag('resync') ?? 'onDivergence') as ResyncPolicy;
  const program = resolve(flag('program') ?? join(ROOT, 'examples', 'classroom.py'));
  const predictor = await loadPredictor({ modelDir });
  const { name, architecture: a } = predictor.manifest;
  const which = modelDir === SHIPPED ? 'the shipped model' : 'NOT the shipped model';
  console.log(`model    ${modelDir} (${which}; ${name}: d${a.d} × ${a.n_layer} layers, context ${a.ctx})`);
  console.log(`program  ${program}, step_into to the end, ${rounds} rounds, resync ${resync}`);
  const plain: number[] = [];
  const compared: number[] = [];
  const counts = { resynced: 0, matched: 0 };
  for (let r = 0; r < rounds; r++) {
    await plainSamples(program, plain);
    await compareSamples(program, predictor, resync, compared, counts);
  }
  await predictor.dispose();
  const stats = (values: number[]) => {
    const sorted = [...values].sort((x, y) => x - y);
    return { n: sorted.length, median: quantile(sorted, 0.5), p95: quantile(sorted, 0.95) };
  };
  const p = stats(plain);
  const c = stats(compared);
  const line = (label: string, s: ReturnType<typeof stats>) =>
    console.log(`${label.padEnd(9)}n=${s.n}  median ${s.median.toFixed(1)} ms  p95 ${s.p95.toFixed(1)} ms`);
  line('debugpy', p);
  line('compare', c);
  console.log(`ratio    median ${(c.median / p.median).toFixed(2)}×  p95 ${(c.p95 / p.p95).toFixed(2)}×`);
  console.log(`compare steps: ${counts.resynced}/${c.n} resynced, ${counts.matched}/${c.n} matched`);
  console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

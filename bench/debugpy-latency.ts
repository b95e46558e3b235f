/**
 * Measures the real-debugpy backend's latency per step: `RealSession.step('step_into')`,
 * i.e. the step plus the full inspection of the new stop (stackTrace, and per frame scopes,
 * variables and the canonicalizing evaluate). Runs with TCP_NODELAY on pydevd's socket and
 * without, alternating sessions so both see the same machine load.
 *
 *   npm run bench:debugpy [-- STEPS]   (default 300 steps per setting)
 */
import { join } from 'node:path';
import { RealSession } from '../adapter/debugpy/realSession';

const ROOT = process.cwd(); // npm runs scripts at the package root
const PROGRAM = join(ROOT, 'test', 'fixtures', 'python', 'recursion.py');
const PYTHON = join(ROOT, '.venv', 'bin', 'python');

async function sessionSamples(nodelay: boolean, into: number[], limit: number): Promise<void> {
  const session = await RealSession.launch({ program: PROGRAM, python: PYTHON, nodelay });
  try {
    let stop = await session.waitForStop();
    while (stop.kind !== 'exit' && into.length < limit) {
      const start = performance.now();
      stop = await session.step('step_into');
      if (stop.kind !== 'exit') into.push(performance.now() - start);
    }
  } finally {
    session.disconnect();
  }
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function main(): Promise<void> {
  const steps = Number(process.argv[2] ?? 300);
  const samples = { nodelay: [] as number[], stock: [] as number[] };
  while (samples.nodelay.length < steps || samples.stock.length < steps) {
    await sessionSamples(true, samples.nodelay, steps);
    await sessionSamples(false, samples.stock, steps);
  }
  for (const [name, values] of Object.entries(samples)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `${name.padEnd(8)} n=${sorted.length}  median ${quantile(sorted, 0.5).toFixed(1)} ms  p95 ${quantile(sorted, 0.95).toFixed(1)} ms  max ${quantile(sorted, 1).toFixed(1)} ms`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

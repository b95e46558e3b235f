/**
 * `npm run bench:fuzz [-- --sequences N --length L --lanes K --seed S --model DIR --json]`:
 * the adapter's protocol fuzzing at a larger scale than CI (test/adapter/fuzz.test.ts): seeded
 * random request sequences against one adapter (sessions sharing one model, `lanes` of them at
 * a time), reporting unanswered or buggy responses and response times.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fuzzSequence, percentile, type SequenceResult } from '../test/adapter/fuzzer.js';
import { InProcessAdapter } from '../test/adapter/harness.js';

// Run from the repository root (npm does): the bundle lives in .cache/bench/.
const FIXTURES = path.resolve('test', 'adapter', 'fixtures');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const sequences = Number(option('sequences', '1000'));
  const length = Number(option('length', '20'));
  const lanes = Number(option('lanes', '2'));
  const seed = Number(option('seed', '1'));
  const model = path.resolve(option('model', process.env.NDB_MODEL_DIR ?? path.join('models', 'default')));
  if (!fs.existsSync(path.join(model, 'manifest.json'))) throw new Error(`no model at ${model}: pass --model DIR or set NDB_MODEL_DIR`);
  const json = process.argv.includes('--json');

  const adapter = await new InProcessAdapter({ limits: { maxContinueSteps: 3 }, configurationTimeoutMs: 100 }).start();
  const target = { port: adapter.port, programs: ['shapes.py', 'loop.py', 'tiny.py'].map((f) => path.join(FIXTURES, f)), model };
  const unhandled: string[] = [];
  process.on('unhandledRejection', (e) => unhandled.push(String(e)));

  const t0 = performance.now();
  const results: SequenceResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < sequences) {
        results.push(await fuzzSequence(target, seed + next++, length));
        if (!json && results.length % 100 === 0) process.stderr.write(`${results.length}/${sequences}\n`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await adapter.close();

  const latencies = results.flatMap((r) => r.latencies);
  const failures = [...results.flatMap((r) => r.failures), ...unhandled.map((u) => `unhandled rejection: ${u}`)];
  const byCommand: Record<string, { ok: number; error: number }> = {};
  for (const r of results) {
    for (const [command, n] of Object.entries(r.outcomes)) {
      const total = (byCommand[command] ??= { ok: 0, error: 0 });
      total.ok += n.ok;
      total.error += n.error;
    }
  }
  const report = {
    model,
    sequences: results.length,
    requestsPerSequence: length,
    lanes,
    seed,
    requests: results.reduce((n, r) => n + r.requests, 0),
    failures: failures.length,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: Math.max(...latencies) },
    seconds,
    loadAverage: os.loadavg()[0] ?? 0,
    responses: byCommand,
    firstFailures: failures.slice(0, 10),
  };
  if (json) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`model ${model}`);
    console.log(`${report.sequences} sequences of ~${length} requests (${lanes} at a time, seeds ${seed}..${seed + sequences - 1}) in ${seconds.toFixed(0)} s, load ${report.loadAverage.toFixed(1)}`);
    console.log(`${report.requests} requests, ${report.failures} failures`);
    console.log(`response time p50 ${ms(report.latencyMs.p50)}, p95 ${ms(report.latencyMs.p95)}, p99 ${ms(report.latencyMs.p99)}, max ${ms(report.latencyMs.max)}`);
    console.log('responses (ok/error): ' + Object.entries(byCommand).sort().map(([c, n]) => `${c} ${n.ok}/${n.error}`).join(', '));
    for (const f of report.firstFailures) console.log(`FAIL ${f}`);
  }
  process.exit(failures.length > 0 ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

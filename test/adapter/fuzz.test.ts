/**
 * Protocol fuzzing in CI: 100 seeded sequences (short, two at a time on one adapter sharing one
 * model); no request may go unanswered or reveal a bug, and the adapter must still serve a new
 * session afterwards. `npm run bench:fuzz` runs a larger number and reports latencies.
 */
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fuzzSequence, percentile, type SequenceResult } from './fuzzer.js';
import { InProcessAdapter, fixture, requireModelDir } from './harness.js';

const SEQUENCES = 100;
const LENGTH = 10;
const LANES = 2;
const SEED = Number(process.env.NDB_FUZZ_SEED ?? 1);

let adapter: InProcessAdapter;

beforeAll(async () => {
  adapter = await new InProcessAdapter({ limits: { maxContinueSteps: 3 }, configurationTimeoutMs: 100 }).start();
});

afterAll(async () => {
  await adapter?.close();
});

it(`${SEQUENCES} random request sequences are all answered cleanly`, async () => {
  const target = { port: adapter.port, programs: ['shapes.py', 'loop.py', 'tiny.py'].map(fixture), model: requireModelDir() };
  const results: SequenceResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: LANES }, async () => {
      while (next < SEQUENCES) results.push(await fuzzSequence(target, SEED + next++, LENGTH));
    }),
  );
  const failures = results.flatMap((r) => r.failures);
  const latencies = results.flatMap((r) => r.latencies);
  const requests = results.reduce((n, r) => n + r.requests, 0);
  console.log(`fuzz: ${results.length} sequences, ${requests} requests, ${failures.length} failures, ` +
    `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms`);
  expect(failures).toEqual([]);
  expect(results).toHaveLength(SEQUENCES);

  // still serving
  const dc = new DebugClient('node', '', 'neural-python');
  await dc.start(adapter.port);
  const init = await dc.initializeRequest();
  expect(init.body?.supportsStepBack).toBe(true);
  await dc.stop();
}, 120_000);

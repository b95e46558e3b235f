// No process may outlive a compare session: 50 lockstep sessions ended every way one can end,
// 5 of them in a client process killed outright (debugpy's processes must die without it).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Predictor } from '../../model-runtime/predictor';
import { requireModelDir } from '../runtime/helpers';
import { comparePredictor, fixture, processesWithMarker, PYTHON, ROOT, startLockstep, waitUntil } from './helpers';

const MARKER = `NDB_COMPARE_CLEANUP_${randomUUID()}`;
const CLIENT = join(ROOT, '.cache', 'test', 'killable-compare-client.cjs');
let predictor: Predictor;

beforeAll(async () => {
  buildSync({
    entryPoints: [join(__dirname, 'killableCompareClient.ts')],
    bundle: true,
    platform: 'node',
    packages: 'external',
    outfile: CLIENT,
    logLevel: 'warning',
  });
  predictor = await comparePredictor();
  process.env[MARKER] = '1'; // inherited by every process the sessions spawn
});
afterAll(async () => {
  delete process.env[MARKER];
  await predictor?.dispose();
});

/** Ends an in-process lockstep session in one of the ways sessions end. */
async function endSession(way: number): Promise<void> {
  switch (way % 5) {
    case 0: {
      // runs to its natural end
      const s = await startLockstep({ program: fixture('recursion.py'), predictor });
      expect((await s.forward('continue')).record.real.kind).toBe('exit');
      s.dispose();
      return;
    }
    case 1: {
      // disposed while stopped
      const s = await startLockstep({ program: fixture('calls.py'), predictor });
      await s.forward('step_over');
      s.dispose();
      return;
    }
    case 2: {
      // disposed while debugpy runs
      const s = await startLockstep({ program: fixture('infinite_loop.py'), predictor });
      const running = s.forward('continue');
      await new Promise((r) => setTimeout(r, 300));
      s.dispose();
      await expect(running).rejects.toThrow();
      return;
    }
    case 3: {
      // terminated while running
      const s = await startLockstep({ program: fixture('infinite_loop.py'), predictor });
      const running = s.forward('continue');
      await new Promise((r) => setTimeout(r, 300));
      await s.terminate();
      expect((await running).record.interrupted).toBe('terminate');
      s.dispose();
      return;
    }
    default:
      // never starts: syntax error
      await expect(startLockstep({ program: fixture('syntax_error.py'), predictor })).rejects.toThrow(/line 3/);
  }
}

/** Runs a lockstep session in a child process and SIGKILLs the child once it is `state`. */
async function killClient(state: 'stopped' | 'running'): Promise<void> {
  const program = fixture(state === 'running' ? 'infinite_loop.py' : 'calls.py');
  const child = spawn(process.execPath, [CLIENT, program, state, PYTHON, requireModelDir()], { stdio: ['ignore', 'pipe', 'inherit'], cwd: ROOT });
  const ready = new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => resolve(d.toString())));
  expect(await ready).toBe('READY\n');
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGKILL');
  await exited;
}

describe('compare process cleanup', () => {
  it('leaves no process after 50 lockstep sessions, 5 of them with a killed client', async () => {
    const jobs: (() => Promise<void>)[] = [
      ...Array.from({ length: 45 }, (_, i) => () => endSession(i)),
      ...Array.from({ length: 5 }, (_, i) => () => killClient(i % 2 ? 'stopped' : 'running')),
    ];
    // Ten at a time: a session mostly waits (debugpy starting, pydevd's exit), the machine has 2 cores.
    for (let i = 0; i < jobs.length; i += 10) await Promise.all(jobs.slice(i, i + 10).map((job) => job()));
    await waitUntil(() => processesWithMarker(MARKER).length === 0, 15_000);
    expect(processesWithMarker(MARKER)).toEqual([]);
  }, 110_000);
});

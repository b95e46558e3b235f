// No process may outlive its session: 50 sessions ended every way a session can end, including
// clients killed outright (then debugpy and our watchdog must clean up without us).
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RealSession } from '../../adapter/debugpy/realSession';
import { fixture, launch, processesWithMarker, PYTHON, ROOT, waitUntil } from './helpers';

const MARKER = `NDB_CLEANUP_${randomUUID()}`;
const CLIENT = join(ROOT, '.cache', 'test', 'killable-client.cjs');

beforeAll(() => {
  buildSync({ entryPoints: [join(__dirname, 'killableClient.ts')], bundle: true, platform: 'node', outfile: CLIENT, logLevel: 'warning' });
  process.env[MARKER] = '1'; // inherited by every process the sessions spawn (not by esbuild's, started above)
});
afterAll(() => {
  delete process.env[MARKER];
});

/** Ends an in-process session in one of the ways sessions end. */
async function endSession(way: number): Promise<void> {
  switch (way % 5) {
    case 0: {
      // runs to its natural end
      const s = await launch({ program: fixture('recursion.py'), stopOnEntry: false });
      expect((await s.waitForStop()).kind).toBe('exit');
      return;
    }
    case 1: {
      // disconnected while stopped
      const s = await launch({ program: fixture('calls.py') });
      await s.waitForStop();
      await s.step('step_over');
      s.disconnect();
      return;
    }
    case 2: {
      // disconnected while the program runs
      const s = await launch({ program: fixture('infinite_loop.py'), stopOnEntry: false });
      await new Promise((r) => setTimeout(r, 300));
      s.disconnect();
      return;
    }
    case 3: {
      // terminated while running
      const s: RealSession = await launch({ program: fixture('infinite_loop.py'), stopOnEntry: false });
      expect((await s.terminate()).kind).toBe('exit');
      return;
    }
    default:
      // never starts: syntax error
      await expect(launch({ program: fixture('syntax_error.py') })).rejects.toThrow(/line 3/);
  }
}

const KILL_STATES = ['stopped', 'running', 'wedged', 'launching'] as const;

/** Runs a session in a child process and SIGKILLs the child in `state`. */
async function killClient(state: (typeof KILL_STATES)[number]): Promise<void> {
  const program = fixture(state === 'running' ? 'infinite_loop.py' : 'calls.py');
  const child = spawn(process.execPath, [CLIENT, program, state === 'launching' ? 'stopped' : state, PYTHON, join(ROOT, 'bundled')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ready = new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => resolve(d.toString())));
  if (state === 'launching') await new Promise((r) => setTimeout(r, 400));
  else expect(await ready).toBe('READY\n');
  if (state === 'wedged') {
    // A wedged adapter ignores its stdin closing; a stopped one cannot react at all.
    const adapter = childrenOf(child.pid ?? -1).find((pid) => cmdline(pid).includes('debugpy/adapter'));
    expect(adapter).toBeDefined();
    process.kill(adapter as number, 'SIGSTOP');
  }
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGKILL');
  await exited;
}

function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

describe('process cleanup', () => {
  it('leaves no process after 50 sessions, 20 of them with a killed client', async () => {
    const jobs: (() => Promise<void>)[] = [
      ...Array.from({ length: 30 }, (_, i) => () => endSession(i)),
      ...Array.from({ length: 20 }, (_, i) => () => killClient(KILL_STATES[i % KILL_STATES.length] ?? 'stopped')),
    ];
    // A few at a time: the machine has 2 cores.
    for (let i = 0; i < jobs.length; i += 5) await Promise.all(jobs.slice(i, i + 5).map((job) => job()));
    await waitUntil(() => processesWithMarker(MARKER).length === 0, 15_000);
    const left = processesWithMarker(MARKER).map((pid) => `${pid} ${readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2]} ${cmdline(pid)}`);
    expect(left.join('\n')).toBe('');
  }, 110_000);
});

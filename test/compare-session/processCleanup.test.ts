// The standalone adapter (dist/adapter.js, built by `npm run build`) serves compare mode, and
// no process outlives a compare session: sessions ended every way a client ends them, and
// adapters killed outright while debugpy is stopped and while it runs.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompareAdapter, CompareClient, example, fixture, processesWithMarker, ROOT, waitUntil } from './harness.js';

const MARKER = `NDB_COMPARE_SESSION_CLEANUP_${randomUUID()}`;
const ADAPTER = join(ROOT, 'dist', 'adapter.js');
let adapter: CompareAdapter;

beforeAll(async () => {
  if (!existsSync(ADAPTER)) throw new Error(`${ADAPTER} is missing: run npm run build`);
  process.env[MARKER] = '1'; // inherited by every process the sessions spawn
  adapter = await new CompareAdapter().start();
});
afterAll(async () => {
  delete process.env[MARKER];
  await adapter?.close();
});

/** A compare session of the standalone adapter over stdio. */
async function standalone(): Promise<{ c: CompareClient; child: ChildProcess }> {
  const c = await new CompareClient(new DebugClient(process.execPath, ADAPTER, 'neural-python')).connect();
  return { c, child: (c.dc as unknown as { _adapterProcess: ChildProcess })._adapterProcess };
}

describe('standalone adapter in compare mode', () => {
  it("learns the mode at launch, tells the client the compare session's capabilities, and exits after disconnect", async () => {
    const { c, child } = await standalone();
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const capabilities = c.dc.waitForEvent('capabilities') as Promise<DebugProtocol.CapabilitiesEvent>;
    const first = await c.launch({ program: example('classroom.py') });
    expect(first.stopped!.reason).toBe('entry');
    expect(first.comparison!.history).toEqual({ index: 0, length: 1 });
    // Answered first as a neural session: the differences follow once the launch says compare.
    const changed = (await capabilities).body.capabilities;
    expect(changed.supportsBreakpointLocationsRequest).toBe(false);
    expect(changed.supportsClipboardContext).toBe(true);
    await c.move('next');
    expect((await c.move('stepBack')).comparison!.record.index).toBe(0);
    await c.dc.disconnectRequest({});
    await exited;
  });
});

describe('compare session cleanup', () => {
  /** An in-process session ended one of the ways clients end them. */
  async function endSession(way: number): Promise<void> {
    const c = await new CompareClient().connect(adapter.port);
    try {
      switch (way) {
        case 0: // runs to its natural end
          await c.launch({ program: fixture('recursion.py') });
          expect((await c.move('continue')).event).toBe('terminated');
          break;
        case 1: // disconnected while stopped
          await c.launch({ program: fixture('calls.py') });
          await c.move('next');
          break;
        case 2: // disconnected while running
          await c.launch({ program: fixture('infinite_loop.py') });
          await c.dc.continueRequest({ threadId: c.threadId });
          await new Promise((r) => setTimeout(r, 300));
          break;
        case 3: // terminated while running
          await c.launch({ program: fixture('infinite_loop.py') });
          await c.dc.continueRequest({ threadId: c.threadId });
          await new Promise((r) => setTimeout(r, 300));
          await c.dc.terminateRequest();
          expect((await c.next()).event).toBe('terminated');
          break;
        default: // never starts
          await expect(c.startLaunch({ program: fixture('syntax_error.py') })).rejects.toThrow(/line 3/);
      }
    } finally {
      await c.close();
    }
  }

  /** A standalone adapter with a compare session, SIGKILLed once the program is `state`. */
  async function killAdapter(state: 'stopped' | 'running'): Promise<void> {
    const { c, child } = await standalone();
    await c.launch({ program: fixture(state === 'running' ? 'infinite_loop.py' : 'calls.py') });
    if (state === 'running') await c.dc.continueRequest({ threadId: c.threadId });
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;
  }

  it('leaves no process after sessions ended every way, and after killed adapters', async () => {
    // A few at a time: a session mostly waits (debugpy starting, pydevd's exit), the machine has 2 cores.
    await Promise.all([0, 1, 2].map(endSession));
    await Promise.all([3, 4].map(endSession));
    await Promise.all([killAdapter('stopped'), killAdapter('running')]);
    await waitUntil(() => processesWithMarker(MARKER).length === 0, 15_000);
    expect(processesWithMarker(MARKER)).toEqual([]);
  }, 110_000);
});

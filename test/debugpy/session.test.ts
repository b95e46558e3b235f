// RealSession's behaviour around the stops: errors, running programs, output, raw requests.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DapTimeoutError, ProgramError, UnsupportedRequestError } from '../../adapter/debugpy/errors';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { fixture, launch, processesWithMarker, waitUntil } from './helpers';

describe('real session', () => {
  it('reports a syntax error with its line and message', async () => {
    const error = await launch({ program: fixture('syntax_error.py') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProgramError);
    expect((error as ProgramError).line).toBe(3);
    expect((error as Error).message).toMatch(/SyntaxError in .*syntax_error\.py at line 3: expected ':'/);
  });

  it('reports a missing program', async () => {
    await expect(launch({ program: fixture('no_such_program.py') })).rejects.toThrow(/program not found: .*no_such_program\.py/);
  });

  it('pauses and terminates an infinite loop, leaving no process behind', async () => {
    const marker = `NDB_TEST_${randomUUID()}`;
    process.env[marker] = '1'; // inherited by everything the session spawns
    let output = '';
    try {
      const session = await launch({ program: fixture('infinite_loop.py'), stopOnEntry: false, onOutput: (_c, t) => (output += t) });
      expect(session.current).toBeNull(); // running
      expect(await waitUntil(() => output.includes('looping'), 20_000)).toBe(true);
      const paused = await session.pause();
      expect(paused.kind).toBe('line');
      expect(paused.stack.map((f) => f.name)).toEqual(['<module>']);
      expect([3, 4]).toContain(paused.stack[0]?.line);
      const n = Number(paused.stack[0]?.locals.n);
      expect(n).toBeGreaterThan(0);
      const next = await session.step('step_over');
      expect(next.kind).toBe('line');
      void session.step('continue');
      await new Promise((r) => setTimeout(r, 200));
      const exit = await session.terminate();
      expect(exit.kind).toBe('exit');
      expect(session.ended).toBe(true);
      expect(await waitUntil(() => processesWithMarker(marker).length === 0, 5_000)).toBe(true);
    } finally {
      delete process.env[marker];
    }
  });

  it("ends with the process's exit code, also after os._exit(3), which raises nothing to show it", async () => {
    const osExit = await launch({ program: fixture('os_exit.py'), stopOnEntry: false });
    expect(await osExit.waitForStop()).toMatchObject({ kind: 'exit', exitCode: 3, exception: null, stdout: 'leaving\n' });
    const normal = await launch({ program: fixture('output.py'), stopOnEntry: false });
    expect(await normal.waitForStop()).toMatchObject({ kind: 'exit', exitCode: 0 });
  });

  it('ends when the program ends, though a child it started still holds its output; the child dies with it', async () => {
    const marker = `NDB_TEST_${randomUUID()}`;
    process.env[marker] = '1';
    try {
      const session = await launch({ program: fixture('child_left_running.py'), stopOnEntry: false });
      const started = Date.now();
      const exit = await session.waitForStop();
      expect(exit).toMatchObject({ kind: 'exit', exitCode: 0 });
      expect(exit.stdout).toMatch(/^started \d+\n$/);
      expect(Date.now() - started).toBeLessThan(8_000); // the child sleeps 300 s
      expect(await waitUntil(() => processesWithMarker(marker).length === 0, 5_000)).toBe(true);
    } finally {
      delete process.env[marker];
    }
  });

  it('forwards stdout and stderr as they arrive, and stdout by stop', async () => {
    const forwarded = { stdout: '', stderr: '', console: '' };
    const session = await launch({
      program: fixture('exceptions.py'),
      onOutput: (category, text) => (forwarded[category] += text),
    });
    let stdout = (await session.waitForStop()).stdout;
    while (!session.ended) stdout += (await session.step('step_over')).stdout;
    expect(stdout).toBe('caught 1 is below 2\n5\n');
    expect(forwarded.stdout).toBe(stdout);
    expect(forwarded.stderr).toMatch(/Traceback[\s\S]*IndexError: list index out of range\n$/);
  });

  it('refuses unsupported requests locally and keeps working', async () => {
    const session = await launch({ program: fixture('recursion.py') });
    try {
      await session.waitForStop();
      expect(session.capabilities.supportsStepBack).toBeFalsy();
      for (const command of ['stepBack', 'reverseContinue', 'restartFrame']) {
        await expect(session.request(command, { threadId: session.threadId })).rejects.toBeInstanceOf(UnsupportedRequestError);
      }
      const threads = await session.request<DebugProtocol.ThreadsResponse['body']>('threads');
      expect(threads.threads.length).toBeGreaterThan(0);
      expect((await session.step('step_over')).stack[0]?.line).toBe(7);
    } finally {
      session.disconnect();
    }
  });

  it('forwards raw requests: setVariable changes what the next stop shows', async () => {
    const session = await launch({ program: fixture('calls.py'), breakpoints: [21] });
    try {
      await session.waitForStop();
      expect((await session.step('continue')).stack[0]?.locals.total).toBe('0');
      const { stackFrames } = await session.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: session.threadId });
      const { scopes } = await session.request<DebugProtocol.ScopesResponse['body']>('scopes', { frameId: stackFrames[0]?.id });
      await session.request('setVariable', { variablesReference: scopes[0]?.variablesReference, name: 'total', value: '100' });
      expect((await session.step('step_over')).stack[0]?.locals.total).toBe('100');
    } finally {
      session.disconnect();
    }
  });

  it('closes the session when debugpy does not answer in time, naming the request', async () => {
    const session = await launch({ program: fixture('recursion.py') });
    await session.waitForStop();
    const { stackFrames } = await session.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId: session.threadId });
    const slow = session.request('evaluate', { expression: "__import__('time').sleep(30)", frameId: stackFrames[0]?.id }, 500);
    await expect(slow).rejects.toThrow(DapTimeoutError);
    await expect(slow).rejects.toThrow(/'evaluate' within 500 ms/);
    await expect(session.step('step_over')).rejects.toThrow(/'evaluate' within 500 ms/);
  });
});

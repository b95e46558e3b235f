/** The bundled adapter (dist/adapter.js, built by `npm run build`) over stdio and --server. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, fixture, requireModelDir } from './harness.js';

const ADAPTER = path.join(ROOT, 'dist', 'adapter.js');
const SHAPES = fixture('shapes.py');

function adapterPath(): string {
  if (!fs.existsSync(ADAPTER)) throw new Error(`${ADAPTER} is missing: run npm run build`);
  return ADAPTER;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill();
});

/**
 * Launch with stopOnEntry, check the first stop over the wire, step once, disconnect.
 * Without `model` the adapter takes its default: $NDB_MODEL_DIR, else models/default next to dist/.
 */
async function debugOnce(dc: DebugClient, model: string | undefined = requireModelDir()): Promise<void> {
  dc.defaultTimeout = 60_000;
  const initialized = dc.waitForEvent('initialized');
  const init = await dc.initializeRequest();
  expect(init.body?.supportsStepBack).toBe(true);
  const stopped = dc.waitForEvent('stopped', 60_000);
  const launched = dc.launchRequest({ program: SHAPES, stopOnEntry: true, ...(model ? { model } : {}) } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  await dc.configurationDoneRequest();
  await launched;
  const first = (await stopped) as DebugProtocol.StoppedEvent;
  expect(first.body.threadId).toBe(1);
  const trace = await dc.stackTraceRequest({ threadId: 1 });
  expect(trace.body.stackFrames[0]?.source?.path).toBe(SHAPES);
  const next = dc.waitForEvent('stopped', 60_000);
  await dc.nextRequest({ threadId: 1 });
  await next;
  const back = dc.waitForEvent('stopped', 60_000);
  await dc.stepBackRequest({ threadId: 1 });
  await back;
  expect((await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => f.line)).toEqual(trace.body.stackFrames.map((f) => f.line));
  await dc.disconnectRequest({});
}

describe('standalone adapter', () => {
  it('serves one session over stdin/stdout and exits after disconnect', async () => {
    const dc = new DebugClient(process.execPath, adapterPath(), 'neural-python');
    await dc.start();
    const child = (dc as unknown as { _adapterProcess: ChildProcess })._adapterProcess;
    children.push(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    requireModelDir();
    await debugOnce(dc, undefined);
    expect(await exited).toBe(0);
  });

  it('--server=PORT listens on 127.0.0.1 only, a session per connection', async () => {
    const child = spawn(process.execPath, [adapterPath(), '--server=0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    children.push(child);
    const port = await new Promise<number>((resolve, reject) => {
      let err = '';
      child.stderr!.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
        if (m) resolve(Number(m[1]));
      });
      child.on('exit', () => reject(new Error(`the adapter exited: ${err}`)));
    });
    for (let i = 0; i < 2; i++) {
      const dc = new DebugClient(process.execPath, adapterPath(), 'neural-python');
      await dc.start(port);
      await debugOnce(dc);
      await dc.stop();
    }
    const external = Object.values(os.networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const s = net.connect(port, external.address, () => {
          s.destroy();
          resolve(false);
        });
        s.on('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
    expect(child.exitCode).toBeNull(); // still serving
  });
});

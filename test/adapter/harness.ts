/**
 * Adapter tests' setup: the model under test, an in-process adapter server (real sessions
 * over real sockets, one model load shared by all connections, as in `--server` mode), and a
 * DebugClient that pairs each `stopped` event with the `neuralStop` event sent before it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { NeuralDebugSession, PredictorCache, nodeFileAccessor, type NeuralSessionOptions, type NeuralStopEventBody } from '../../adapter/index.js';
import { ArrivalQueue, SessionServer } from '../dapSupport.js';

export const ROOT = path.resolve(__dirname, '..', '..');
export const FIXTURES = path.join(__dirname, 'fixtures');
export const fixture = (name: string): string => path.join(FIXTURES, name);

/** The model folder under test: NDB_MODEL_DIR, else the shipped models/default. Never a silent skip. */
export function requireModelDir(): string {
  const dir = process.env.NDB_MODEL_DIR ?? path.join(ROOT, 'models', 'default');
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(
      `no model at ${dir}: the adapter tests need the shipped model (models/default: model.onnx, tokenizer.json, ` +
        'manifest.json) or NDB_MODEL_DIR pointing at another exported model',
    );
  }
  return dir;
}

/** Sessions served on 127.0.0.1 from this process; all share one PredictorCache. */
export class InProcessAdapter extends SessionServer<NeuralDebugSession> {
  readonly predictors = new PredictorCache();

  constructor(options: NeuralSessionOptions = {}) {
    super(() => new NeuralDebugSession(nodeFileAccessor, { predictors: this.predictors, ...options }));
  }

  override async close(): Promise<void> {
    await super.close();
    await this.predictors.dispose();
  }
}

export interface Arrival {
  event: 'stopped' | 'terminated';
  stopped?: DebugProtocol.StoppedEvent['body'];
  /** The neuralStop body sent with this stop (for `terminated`: the exit, if predicted). */
  neural?: NeuralStopEventBody;
}

export interface LaunchOptions {
  breakpoints?: number[];
  exceptionFilters?: string[];
}

/** A DebugClient with a queue of arrivals (stops and the end), in order. */
export class Client {
  readonly dc = new DebugClient('node', '', 'neural-python');
  readonly outputs: DebugProtocol.OutputEvent['body'][] = [];
  readonly edits: NeuralStopEventBody[] = [];
  exited: number | undefined;
  private readonly arrivals = new ArrivalQueue<Arrival>();
  private pending: NeuralStopEventBody | undefined;

  async connect(port: number): Promise<this> {
    this.dc.defaultTimeout = 30_000;
    await this.dc.start(port);
    this.dc.on('neuralStop', (e: DebugProtocol.Event) => {
      const body = e.body as NeuralStopEventBody;
      if (body.reason === 'edit') this.edits.push(body);
      else this.pending = body;
    });
    this.dc.on('stopped', (e: DebugProtocol.StoppedEvent) => this.arrivals.push({ event: 'stopped', stopped: e.body, neural: this.take() }));
    this.dc.on('terminated', () => this.arrivals.push({ event: 'terminated', neural: this.take() }));
    this.dc.on('exited', (e: DebugProtocol.ExitedEvent) => (this.exited = e.body.exitCode));
    this.dc.on('output', (e: DebugProtocol.OutputEvent) => this.outputs.push(e.body));
    return this;
  }

  /** The next stop or end, in arrival order. */
  next(timeoutMs = 60_000): Promise<Arrival> {
    return this.arrivals.next(timeoutMs);
  }

  /** Initialize, launch, configure; resolves with the first arrival. */
  async launch(args: Record<string, unknown>, options: LaunchOptions = {}): Promise<Arrival> {
    const initialized = this.dc.waitForEvent('initialized');
    await this.dc.initializeRequest();
    const launched = this.dc.launchRequest(args as DebugProtocol.LaunchRequestArguments);
    launched.catch(() => {}); // awaited below
    await initialized;
    const program = args.program as string;
    if (options.breakpoints) await this.dc.setBreakpointsRequest({ source: { path: program }, breakpoints: options.breakpoints.map((line) => ({ line })) });
    if (options.exceptionFilters) await this.dc.setExceptionBreakpointsRequest({ filters: options.exceptionFilters });
    await this.dc.configurationDoneRequest();
    await launched;
    return this.next();
  }

  /** Send a move (next, stepIn, ..., stepBack) and wait for where it arrives. */
  async move(command: string): Promise<Arrival> {
    await this.dc.send(command, { threadId: 1 });
    return this.next();
  }

  /** setVariable, resolved once its neuralStop event (the edited stop) has arrived too. */
  async setVariable(args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse> {
    const edited = this.dc.waitForEvent('neuralStop');
    const response = await this.dc.setVariableRequest(args);
    await edited;
    return response;
  }

  /** Everything the client can see at the current stop: frames, scopes, variables (expanded). */
  async snapshot(): Promise<unknown> {
    const trace = await this.dc.stackTraceRequest({ threadId: 1 });
    const frames = [];
    for (const f of trace.body.stackFrames) {
      const scopes = await this.dc.scopesRequest({ frameId: f.id });
      const shown = [];
      for (const s of scopes.body.scopes) shown.push({ scope: s.name, variables: await this.expand(s.variablesReference) });
      frames.push({ name: f.name, line: f.line, path: f.source?.path, scopes: shown });
    }
    return frames;
  }

  async expand(reference: number, depth = 0): Promise<unknown[]> {
    const vars = await this.dc.variablesRequest({ variablesReference: reference });
    const out = [];
    for (const v of vars.body.variables) {
      const children = v.variablesReference > 0 && depth < 4 ? await this.expand(v.variablesReference, depth + 1) : undefined;
      out.push({ name: v.name, value: v.value, type: v.type, evaluateName: v.evaluateName, children });
    }
    return out;
  }

  async close(): Promise<void> {
    await this.dc.stop();
  }

  private take(): NeuralStopEventBody | undefined {
    const body = this.pending;
    this.pending = undefined;
    return body;
  }
}

/** The top frame's line of a neuralStop's stop (undefined at the exit). */
export function topLine(body: NeuralStopEventBody | undefined): number | undefined {
  const stack = body?.stop.stack ?? [];
  return stack[stack.length - 1]?.line;
}

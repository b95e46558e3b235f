/**
 * Compare-session tests' setup: an in-process adapter server of compare sessions (real
 * sockets, one model load shared by all connections), a DebugClient that pairs each stop with
 * the `neuralComparison` event sent before it, and a reference client driving debugpy's own
 * adapter directly, for what debugpy alone shows.
 */
import { dirname, join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { CompareDebugSession, PredictorCache, type NeuralComparisonEventBody } from '../../adapter/index.js';
import { bundlePaths } from '../../adapter/debugpy/bundle.js';
import { requireModelDir } from '../adapter/harness.js';
import { ArrivalQueue, SessionServer } from '../dapSupport.js';
import { PYTHON, ROOT } from '../debugpy/helpers.js';

export { requireModelDir } from '../adapter/harness.js';
export { fixture, PYTHON, ROOT, processesWithMarker, waitUntil } from '../debugpy/helpers.js';
export const example = (name: string): string => join(ROOT, 'examples', name);

/** Compare sessions served on 127.0.0.1 from this process; all share one PredictorCache. */
export class CompareAdapter extends SessionServer<CompareDebugSession> {
  readonly predictors = new PredictorCache();

  constructor() {
    super(() => new CompareDebugSession({ predictors: this.predictors }));
  }

  /** Ends every session's debugpy first: a test's last client may still be connected. */
  override async close(): Promise<void> {
    for (const s of this.sessions) s.dispose();
    await super.close();
    await this.predictors.dispose();
  }
}

export interface Arrival {
  event: 'stopped' | 'terminated';
  stopped?: DebugProtocol.StoppedEvent['body'];
  /** The neuralComparison body sent with this stop (for `terminated`: the exit's, if any). */
  comparison?: NeuralComparisonEventBody;
}

export interface LaunchOptions {
  /** Lines, or breakpoints with a condition, hit condition or log message (compare sessions only). */
  breakpoints?: (number | DebugProtocol.SourceBreakpoint)[];
  exceptionFilters?: string[];
}

/** What a client shows of one frame: its place, and each scope's variables (name = value). */
export interface FrameView {
  name: string;
  line: number;
  path: string | undefined;
  scopes: { name: string; variables: { name: string; value: string; type?: string | undefined }[] }[];
}

/** A DebugClient on a compare session with a queue of arrivals (stops and the end), in order. */
export class CompareClient {
  readonly dc: DebugClient;
  readonly outputs: DebugProtocol.OutputEvent['body'][] = [];
  readonly comparisons: NeuralComparisonEventBody[] = [];
  exited: number | undefined;
  threadId = 1;
  private readonly arrivals = new ArrivalQueue<Arrival>();
  private pending: NeuralComparisonEventBody | undefined;

  constructor(dc = new DebugClient('node', '', 'neural-python')) {
    this.dc = dc;
    this.dc.defaultTimeout = 30_000;
    this.dc.on('neuralComparison', (e: DebugProtocol.Event) => {
      this.pending = e.body as NeuralComparisonEventBody;
      this.comparisons.push(this.pending);
    });
    this.dc.on('stopped', (e: DebugProtocol.StoppedEvent) => {
      this.threadId = e.body.threadId ?? this.threadId;
      this.arrivals.push({ event: 'stopped', stopped: e.body, comparison: this.take() });
    });
    this.dc.on('terminated', () => this.arrivals.push({ event: 'terminated', comparison: this.take() }));
    this.dc.on('exited', (e: DebugProtocol.ExitedEvent) => (this.exited = e.body.exitCode));
    this.dc.on('output', (e: DebugProtocol.OutputEvent) => this.outputs.push(e.body));
  }

  async connect(port?: number): Promise<this> {
    await this.dc.start(port);
    return this;
  }

  /** The next stop or end, in arrival order. */
  next(timeoutMs = 60_000): Promise<Arrival> {
    return this.arrivals.next(timeoutMs);
  }

  /** Initialize, launch in compare mode with the test's model and Python, configure; resolves with the first arrival. */
  async launch(args: Record<string, unknown>, options: LaunchOptions = {}): Promise<Arrival> {
    await this.startLaunch(args, options);
    return this.next();
  }

  /** Like `launch`, resolving with the launch response (a failed launch rejects). */
  async startLaunch(args: Record<string, unknown>, options: LaunchOptions = {}): Promise<DebugProtocol.LaunchResponse> {
    const initialized = this.dc.waitForEvent('initialized');
    await this.dc.initializeRequest();
    const launched = this.dc.launchRequest({ mode: 'compare', model: requireModelDir(), python: PYTHON, ...args } as DebugProtocol.LaunchRequestArguments);
    launched.catch(() => {}); // awaited below
    await initialized;
    const program = args.program as string;
    if (options.breakpoints) {
      const breakpoints = options.breakpoints.map((b) => (typeof b === 'number' ? { line: b } : b));
      await this.dc.setBreakpointsRequest({ source: { path: program }, breakpoints });
    }
    if (options.exceptionFilters) await this.dc.setExceptionBreakpointsRequest({ filters: options.exceptionFilters });
    await this.dc.configurationDoneRequest();
    return launched;
  }

  /** Send a move (next, stepIn, ..., stepBack) and wait for where it arrives. */
  async move(command: string): Promise<Arrival> {
    await this.dc.send(command, { threadId: this.threadId });
    return this.next();
  }

  /** Every frame with every scope's variables, as a client's views would ask for them. */
  async view(): Promise<FrameView[]> {
    return frameViews(this.dc, this.threadId);
  }

  async close(): Promise<void> {
    await this.dc.stop();
  }

  private take(): NeuralComparisonEventBody | undefined {
    const body = this.pending;
    this.pending = undefined;
    return body;
  }
}

export async function frameViews(dc: DebugClient, threadId: number, scopeFilter: (name: string) => boolean = () => true): Promise<FrameView[]> {
  const trace = await dc.stackTraceRequest({ threadId });
  const frames: FrameView[] = [];
  for (const f of trace.body.stackFrames) {
    const scopes = [];
    for (const s of (await dc.scopesRequest({ frameId: f.id })).body.scopes) {
      if (!scopeFilter(s.name)) continue;
      const { variables } = (await dc.variablesRequest({ variablesReference: s.variablesReference })).body;
      scopes.push({ name: s.name, variables: variables.map((v) => ({ name: v.name, value: v.value, type: v.type })) });
    }
    frames.push({ name: f.name, line: f.line, path: f.source?.path, scopes });
  }
  return frames;
}

/** debugpy alone: the bundled adapter driven directly, launched as RealSession launches it. */
export class ReferenceDebugpy {
  readonly dc = new DebugClient(PYTHON, bundlePaths().adapterDir, 'python');
  readonly reasons: string[] = [];
  capabilities: DebugProtocol.Capabilities = {};
  threadId = 1;

  async launch(program: string, options: LaunchOptions = {}): Promise<void> {
    this.dc.defaultTimeout = 30_000;
    await this.dc.start();
    this.capabilities = (await this.dc.initializeRequest({ adapterID: 'python', pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true })).body ?? {};
    const initialized = this.dc.waitForEvent('initialized');
    const launched = this.dc.launchRequest({
      type: 'python', request: 'launch', program, args: [], cwd: dirname(program), env: { PYTHONHASHSEED: '0' }, python: [PYTHON],
      console: 'internalConsole', redirectOutput: true, justMyCode: true, showReturnValue: true, stopOnEntry: true, subProcess: false,
    } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await this.dc.setBreakpointsRequest({ source: { path: program }, breakpoints: (options.breakpoints ?? []).map((b) => (typeof b === 'number' ? { line: b } : b)) });
    await this.dc.setExceptionBreakpointsRequest({ filters: options.exceptionFilters ?? [] });
    const stopped = this.stopped();
    await this.dc.configurationDoneRequest();
    await launched;
    await stopped;
  }

  async move(command: string): Promise<void> {
    const stopped = this.stopped();
    await this.dc.send(command, { threadId: this.threadId });
    await stopped;
  }

  /** The frames and the top frame's Locals, as a client sees them. */
  async view(): Promise<FrameView[]> {
    return frameViews(this.dc, this.threadId, (name) => name === 'Locals');
  }

  /** Disconnects (debugpy then ends the program it launched) and kills the adapter. */
  async close(): Promise<void> {
    await this.dc.stop();
  }

  private async stopped(): Promise<void> {
    const event = (await this.dc.waitForEvent('stopped')) as DebugProtocol.StoppedEvent;
    this.reasons.push(event.body.reason);
    this.threadId = event.body.threadId ?? this.threadId;
  }
}

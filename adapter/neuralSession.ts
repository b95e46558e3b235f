/**
 * The neural debugger as a DAP debug adapter: translates requests into NeuralRuntime moves
 * and predicted stops into events. Runs inline in the extension host
 * (DebugAdapterInlineImplementation) or standalone (adapter/main.ts).
 *
 * Every request gets exactly one response (`respond`, adapter/dapSession.ts). Moves answer at
 * once and report their stop later with a `stopped` event; while the model predicts, the thread
 * is running and the requests that need a stop (stackTrace, variables, ...) get an error
 * instead of waiting.
 */
import * as path from 'node:path';
import { Event, ExitedEvent, InitializedEvent, InvalidatedEvent, OutputEvent, Source, StoppedEvent, TerminatedEvent, Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { RuntimeError, type ExceptionFilter, type Predictor, type StopState, type SyntaxChecker } from '../model-runtime/index.js';
import { DapSession } from './dapSession.js';
import { breakpointsResponse, EXCEPTION_BREAKPOINT_FILTERS, requestedBreakpointOptions, requestedBreakpoints, requestedExceptionFilters } from './breakpointArguments.js';
import { BreakpointRules, settingsProblem } from './breakpointRules.js';
import { EvaluationError } from './expression.js';
import { decodeSource, type FileAccessor } from './fileAccessor.js';
import { executableLines, placeBreakpoint, type PlacedBreakpoint } from './executableLines.js';
import { builtinSyntaxCheck, LaunchError, resolveLaunch, type ResolvedLaunch } from './launchConfig.js';
import { DEFAULT_LIMITS, NeuralRuntime, type Arrival, type HistoryEntry, type RuntimeLimits } from './neuralRuntime.js';
import { PredictorCache, type PredictorProvider } from './predictorCache.js';
import { RequestError } from './requestError.js';
import { NEURAL_STOP_EVENT, type NeuralStopEventBody } from './protocol.js';
import { VariableStore } from './variableStore.js';
import { VariablesView, ViewError, type ShownStop } from './variablesView.js';

export interface NeuralSessionOptions {
  /** Loaded models, shared with other sessions; default: a cache of this session's own. */
  predictors?: PredictorProvider;
  /** Replaces the runtime's lexer-based syntax check (e.g. compiling with the user's Python). */
  syntaxChecker?: SyntaxChecker;
  limits?: Partial<RuntimeLimits>;
  /** How long the program waits for configurationDone before starting anyway. */
  configurationTimeoutMs?: number;
}

const THREAD_ID = 1;
/** The requests this adapter implements (the base ones and those its capabilities announce). */
const HANDLED_REQUESTS = new Set([
  'initialize', 'launch', 'restart', 'terminate', 'disconnect', 'configurationDone',
  'setBreakpoints', 'setExceptionBreakpoints', 'breakpointLocations',
  'continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'pause',
  'threads', 'stackTrace', 'scopes', 'variables', 'setVariable', 'evaluate', 'exceptionInfo',
]);

/**
 * new: before launch; launching: checking the program, loading the model, waiting for the
 * configuration, predicting the first stop; running: a move is predicting; ended: the
 * program's predicted end, or terminate; closed: disconnected.
 */
type Phase = 'new' | 'launching' | 'stopped' | 'running' | 'ended' | 'closed';

/** Errors whose message is meant for the user as is; anything else is a bug of the adapter. */
const USER_ERRORS = [RequestError, LaunchError, ViewError, EvaluationError, RuntimeError];

export class NeuralDebugSession extends DapSession {
  private phase: Phase = 'new';
  private initialized = false;
  private restarting = false;
  private editing = false;
  private launched: ResolvedLaunch | undefined;
  private launchArgs: unknown;
  private predictor: Predictor | undefined;
  private runtime: NeuralRuntime | undefined;
  private run: { controller: AbortController; done: Promise<void> } | null = null;
  private readonly store = new VariableStore();
  private readonly view = new VariablesView(this.store);
  /** By absolute file path (set before or after launch): the placed lines and their conditions, hit counts, logpoints. */
  private readonly breakpoints = new Map<string, { lines: number[]; rules: BreakpointRules }>();
  private exceptionFilters: ExceptionFilter[] = [];
  private nextBreakpointId = 1;
  private clientSupportsInvalidated = false;
  private readonly predictors: PredictorProvider;
  private readonly checkSyntax: SyntaxChecker;
  private readonly limits: RuntimeLimits;

  constructor(
    private readonly files: FileAccessor,
    options: NeuralSessionOptions = {},
  ) {
    super(HANDLED_REQUESTS, options.configurationTimeoutMs ?? 3000, messageOf);
    this.predictors = options.predictors ?? new PredictorCache(options.syntaxChecker ? { syntaxChecker: options.syntaxChecker } : {});
    this.checkSyntax = options.syntaxChecker ?? builtinSyntaxCheck;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
  }

  /** Ends any prediction (the inline host calls this when the debug session ends). */
  override dispose(): void {
    this.phase = 'closed';
    this.run?.controller.abort();
    super.dispose();
  }

  // ------------------------------------------------------------------------ configuration
  protected override initializeRequest(response: DebugProtocol.InitializeResponse, args: DebugProtocol.InitializeRequestArguments): void {
    this.respond(response, () => {
      if (this.initialized) throw new RequestError('the session is already initialized');
      this.initialized = true;
      this.clientSupportsInvalidated = args?.supportsInvalidatedEvent === true;
      response.body = {
        supportsConfigurationDoneRequest: true,
        supportsStepBack: true,
        supportsSetVariable: true,
        supportsRestartRequest: true,
        supportsTerminateRequest: true,
        supportsEvaluateForHovers: true,
        supportsExceptionInfoRequest: true,
        supportsBreakpointLocationsRequest: true,
        supportsConditionalBreakpoints: true,
        supportsHitConditionalBreakpoints: true,
        supportsLogPoints: true,
        exceptionBreakpointFilters: EXCEPTION_BREAKPOINT_FILTERS,
      };
      return () => this.sendEvent(new InitializedEvent());
    });
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.respond(response, async () => {
      const { file, lines: requested } = requestedBreakpoints(args);
      const options = requestedBreakpointOptions(args);
      const absolute = path.resolve(file);
      const placed = (await this.placeBreakpoints(absolute, requested.map((l) => this.debuggerLine(l)))).map((p, i) => {
        const problem = p.verified ? settingsProblem({ line: p.line, ...options[i] }) : null;
        return problem ? { verified: false, line: p.line, message: `this breakpoint cannot work in neural mode: ${problem}` } : p;
      });
      const settings = placed.flatMap((p, i) => (p.verified ? [{ line: p.line, ...options[i] }] : []));
      const rules = new BreakpointRules();
      rules.set(settings);
      const breakpoints = { lines: settings.map((s) => s.line), rules };
      this.breakpoints.set(absolute, breakpoints);
      if (absolute === this.launched?.program) this.runtime?.setBreakpoints(breakpoints.lines, breakpoints.rules);
      response.body = {
        breakpoints: breakpointsResponse(placed, file, (l) => this.convertDebuggerLineToClient(l), () => this.nextBreakpointId++),
      };
    });
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.respond(response, () => {
      const ids = requestedExceptionFilters(args);
      this.exceptionFilters = [...new Set(ids)];
      this.runtime?.setExceptionFilters(this.exceptionFilters);
      response.body = { breakpoints: ids.map(() => ({ verified: true })) };
    });
  }

  protected override breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): void {
    this.respond(response, async () => {
      const file = args?.source?.path;
      if (typeof file !== 'string' || file === '') throw new RequestError('breakpointLocations: source.path is missing');
      const from = this.debuggerLine(args.line);
      const to = args.endLine === undefined ? from : this.debuggerLine(args.endLine);
      if (!Number.isInteger(from) || !Number.isInteger(to)) throw new RequestError('breakpointLocations: line and endLine must be line numbers');
      const source = await this.sourceOf(path.resolve(file));
      const lines = executableLines(source).filter((l) => l >= from && l <= to);
      response.body = { breakpoints: lines.map((l) => ({ line: this.convertDebuggerLineToClient(l) })) };
    });
  }

  // ------------------------------------------------------------------------------- launch
  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: DebugProtocol.LaunchRequestArguments): void {
    this.respond(response, async () => {
      if (this.phase !== 'new') throw new RequestError(this.phase === 'closed' ? 'the session is closed' : 'the program is already launched (use restart)');
      this.phase = 'launching';
      try {
        await this.load(args);
      } catch (e) {
        if (this.phase === 'launching') this.phase = 'new';
        throw e;
      }
      if (this.phase !== 'launching') throw new RequestError('the session was closed while launching');
      return () => void this.startProgram('launch');
    }, true);
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): void {
    this.respond(response, async () => {
      if (this.phase === 'new' || this.phase === 'launching') throw new RequestError('nothing to restart: the program has not started');
      if (this.phase === 'closed') throw new RequestError('the session is closed');
      if (this.restarting) throw new RequestError('a restart is already in progress');
      this.restarting = true;
      try {
        await this.load(args?.arguments ?? this.launchArgs);
      } finally {
        this.restarting = false;
      }
      if (this.isClosed()) throw new RequestError('the session was closed while restarting');
      this.phase = 'launching';
      await this.stopRun();
      return () => void this.startProgram('restart');
    }, true);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.respond(response, async () => {
      if (this.phase === 'new') throw new RequestError('nothing to terminate: no program was launched');
      if (this.phase === 'ended' || this.phase === 'closed') return;
      this.phase = 'ended';
      await this.stopRun();
      return () => this.sendEvent(new TerminatedEvent());
    });
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.respond(response, async () => {
      this.phase = 'closed';
      await this.stopRun();
      return () => this.shutdown();
    });
  }

  /** Check the launch arguments, read the program, load its model. */
  private async load(args: unknown): Promise<void> {
    const launch = await resolveLaunch(args, this.files, this.checkSyntax);
    this.predictor = await this.predictors.get(launch.modelDir);
    this.launched = launch;
    this.launchArgs = args;
  }

  /** Start predicting; a launch first waits for the client's configuration (breakpoints). */
  private async startProgram(request: 'launch' | 'restart'): Promise<void> {
    if (request === 'launch') await this.waitForConfiguration();
    const launch = this.launched!;
    if (this.phase !== 'launching') return;
    if (launch.ignoredArgs) this.sendEvent(new OutputEvent('args are not used: neural mode predicts the program without running it\n', 'console'));
    if (launch.unusedAttributes.length > 0) {
      const names = launch.unusedAttributes.map((k) => `"${k}"`).join(', ');
      this.sendEvent(new OutputEvent(`launch attributes not used in neural mode, which predicts the program without running it: ${names}\n`, 'console'));
    }
    const runtime = new NeuralRuntime(this.predictor!, { source: launch.source, ...(launch.call ? { call: launch.call } : {}) }, this.limits);
    const breakpoints = this.breakpoints.get(launch.program);
    runtime.setBreakpoints(breakpoints?.lines ?? [], breakpoints?.rules ?? null);
    runtime.setExceptionFilters(this.exceptionFilters);
    this.runtime = runtime;
    this.store.reset();
    this.beginRun(request, this.reserveRun(), (signal) => runtime.start(launch.stopOnEntry, signal));
  }

  // -------------------------------------------------------------------------------- moves
  protected override continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): void {
    response.body = { allThreadsContinued: true };
    this.move(response, args, 'continue', (r, signal) => r.forward('continue', signal));
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.move(response, args, 'next', (r, signal) => r.forward('step_over', signal));
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.move(response, args, 'stepIn', (r, signal) => r.forward('step_into', signal));
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.move(response, args, 'stepOut', (r, signal) => r.forward('step_out', signal));
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.move(response, args, 'stepBack', (r, signal) => r.stepBack(signal));
  }

  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse, args: DebugProtocol.ReverseContinueArguments): void {
    this.move(response, args, 'reverseContinue', async (r) => r.reverseContinue());
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): void {
    this.respond(response, () => {
      this.checkThread(args);
      if (this.phase === 'running' && this.run) {
        if (!this.runtime?.started) throw new RequestError('nothing to pause yet: the model is predicting the first stop');
        this.run.controller.abort();
        return;
      }
      const runtime = this.stoppedRuntime();
      return () => this.arrive({ entry: runtime.current, reason: 'pause', replayed: true, stdout: '' }, 'pause');
    });
  }

  private move(
    response: DebugProtocol.Response,
    args: { threadId?: unknown } | undefined,
    request: string,
    move: (runtime: NeuralRuntime, signal: AbortSignal) => Promise<Arrival>,
  ): void {
    this.respond(response, () => {
      this.checkThread(args);
      const runtime = this.stoppedRuntime();
      // Running from now on, so that a request of the same batch sees it (a pause included);
      // the run itself starts once the response is sent.
      const controller = this.reserveRun();
      return () => this.beginRun(request, controller, (signal) => move(runtime, signal));
    });
  }

  private reserveRun(): AbortController {
    const controller = new AbortController();
    this.phase = 'running';
    this.run = { controller, done: Promise.resolve() };
    return controller;
  }

  /** Run a move; its stop is reported when it arrives, unless the run was stopped meanwhile. */
  private beginRun(request: string, controller: AbortController, move: (signal: AbortSignal) => Promise<Arrival>): void {
    const done = (async () => {
      if (this.phase !== 'running') return; // terminated or restarted before it began
      let arrival: Arrival | undefined;
      let failure: unknown;
      try {
        arrival = await move(controller.signal);
      } catch (e) {
        failure = e;
      }
      if (this.run?.controller === controller) this.run = null;
      // Terminated, disconnected or restarted: nothing to show. A pause only cuts the run short.
      if (this.phase !== 'running') return;
      if (arrival) this.arrive(arrival, request);
      else this.runFailed(failure, request);
    })();
    this.run = { controller, done };
  }

  private async stopRun(): Promise<void> {
    const run = this.run;
    run?.controller.abort();
    await run?.done;
  }

  private runtimeHasFirstStop(): boolean {
    return (this.runtime?.position.length ?? 0) > 0;
  }

  private arrive(arrival: Arrival, request: string): void {
    this.store.reset();
    const stop = arrival.entry.predicted.stop;
    if (arrival.stdout) this.sendEvent(new OutputEvent(arrival.stdout, 'stdout'));
    // Logpoint messages are filled from predicted states: marked so, as a prediction is.
    for (const log of arrival.logs ?? []) this.sendEvent(new OutputEvent(`(predicted) ${log}\n`, 'console'));
    if (arrival.note) this.sendEvent(new OutputEvent(`${arrival.note}\n`, 'console'));
    const ended = stop.kind === 'exit';
    this.sendNeuralStop(arrival.entry, ended ? 'exit' : arrival.reason, request, arrival.replayed, arrival.note);
    if (ended) {
      this.finish(stop);
      return;
    }
    this.phase = 'stopped';
    const event = new StoppedEvent(arrival.reason, THREAD_ID, stop.exception ? stop.exception.join(': ') : undefined) as DebugProtocol.StoppedEvent;
    event.body.description = describe(arrival);
    event.body.allThreadsStopped = true;
    this.sendEvent(event);
  }

  /** A move failed outside the runtime's own handling: stay at the current stop, or end if there is none. */
  private runFailed(error: unknown, request: string): void {
    const message = messageOf(error);
    if (this.runtimeHasFirstStop()) {
      const entry = this.runtime!.current;
      this.arrive({ entry, reason: 'pause', replayed: true, stdout: '', note: `the model could not predict the next stop: ${message}` }, request);
      return;
    }
    this.sendEvent(new OutputEvent(`the model could not predict the first stop: ${message}\n`, 'stderr'));
    this.phase = 'ended';
    this.sendEvent(new TerminatedEvent());
  }

  /** The predicted end: the result or uncaught exception, then exited and terminated. */
  private finish(stop: StopState): void {
    this.phase = 'ended';
    if (stop.exception) this.sendEvent(new OutputEvent(`${stop.exception[0]}: ${stop.exception[1]}\n`, 'stderr'));
    else if (this.launched?.call && stop.value !== null) this.sendEvent(new OutputEvent(`${this.launched.call} returned ${stop.value}\n`, 'console'));
    this.sendEvent(new ExitedEvent(exitCode(stop)));
    this.sendEvent(new TerminatedEvent());
  }

  private sendNeuralStop(entry: HistoryEntry, reason: string, request: string, replayed: boolean, note?: string): void {
    const p = entry.predicted;
    const body: NeuralStopEventBody = {
      stop: p.stop,
      reason,
      request,
      action: p.action,
      origin: p.origin,
      replayed,
      confidence: p.confidence,
      minTokenProb: p.minTokenProb,
      ms: replayed ? 0 : p.ms,
      history: this.runtime!.position,
      ...(note ? { note } : {}),
    };
    this.sendEvent(new Event(NEURAL_STOP_EVENT, body));
  }

  // --------------------------------------------------------------------------- inspection
  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    this.respond(response, () => {
      const alive = this.phase === 'stopped' || (this.phase === 'running' && this.runtimeHasFirstStop());
      response.body = { threads: alive ? [new Thread(THREAD_ID, 'MainThread')] : [] };
    });
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.respond(response, () => {
      this.checkThread(args);
      if (this.phase === 'ended' && this.runtime) {
        response.body = { stackFrames: [], totalFrames: 0 };
        return;
      }
      const { stop } = this.shown();
      const program = this.launched!.program;
      const frames = stop.stack.map((f, i) => ({
        id: this.store.id({ kind: 'frame', frame: i }),
        name: f.name,
        source: new Source(path.basename(program), program),
        line: this.convertDebuggerLineToClient(f.line),
        column: this.convertDebuggerColumnToClient(1),
      }));
      frames.reverse(); // DAP lists the innermost frame first
      const start = nonNegative(args.startFrame, 'startFrame') ?? 0;
      const levels = nonNegative(args.levels, 'levels') || frames.length;
      response.body = { stackFrames: frames.slice(start, start + levels), totalFrames: frames.length };
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.respond(response, () => {
      const shown = this.shown();
      response.body = { scopes: this.view.scopes(shown, this.frameIndex(args?.frameId)) };
    });
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.respond(response, () => {
      const variables = this.view.variables(this.shown(), args?.variablesReference);
      const start = nonNegative(args?.start, 'start') ?? 0;
      const count = nonNegative(args?.count, 'count') || variables.length;
      response.body = { variables: variables.slice(start, start + count) };
    });
  }

  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    this.respond(response, async () => {
      if (typeof args?.name !== 'string' || typeof args.value !== 'string') throw new RequestError('setVariable: name and value must be strings');
      const runtime = this.stoppedRuntime();
      const edit = this.view.prepareEdit(this.shown(), args.variablesReference, args.name, args.value);
      this.editing = true;
      let entry: HistoryEntry;
      try {
        entry = await runtime.setVariable(edit.frame, edit.name, edit.rootText);
      } finally {
        this.editing = false;
      }
      response.body = edit.shown;
      return () => {
        this.sendNeuralStop(entry, 'edit', 'setVariable', false);
        if (this.clientSupportsInvalidated) this.sendEvent(new InvalidatedEvent(['variables']));
      };
    });
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.respond(response, () => {
      if (typeof args?.expression !== 'string') throw new RequestError('evaluate: expression must be a string');
      const shown = this.shown();
      const frame = args.frameId === undefined ? shown.stop.stack.length - 1 : this.frameIndex(args.frameId);
      response.body = this.view.evaluate(shown, frame, args.expression);
    });
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse, args: DebugProtocol.ExceptionInfoArguments): void {
    this.respond(response, () => {
      this.checkThread(args);
      const { stop } = this.shown();
      if (stop.kind !== 'exception' || !stop.exception) throw new RequestError('no exception at this stop');
      const [type, message] = stop.exception;
      response.body = {
        exceptionId: type,
        description: message,
        // The post-mortem stop (filter "uncaught") is an unhandled exception; a raise stop is "always".
        breakMode: this.exceptionFilters.includes('raised') ? 'always' : 'unhandled',
        details: { typeName: type, message },
      };
    });
  }

  // ----------------------------------------------------------------------------- plumbing
  /** Read through a method: TypeScript would keep a narrowing of `phase` across awaits. */
  private isClosed(): boolean {
    return this.phase === 'closed';
  }

  private checkThread(args: { threadId?: unknown } | undefined): void {
    const id = args?.threadId;
    if (id !== THREAD_ID) throw new RequestError(`unknown thread ${JSON.stringify(id)}: the neural debugger has one thread, id ${THREAD_ID}`);
  }

  /** The runtime, when a move may start or a variable be edited. */
  private stoppedRuntime(): NeuralRuntime {
    if (this.phase === 'stopped' && this.editing) throw new RequestError('a variable edit is in progress');
    if (this.phase === 'stopped') return this.runtime!;
    throw new RequestError(unavailable(this.phase));
  }

  /** The stop on display, for requests that read it. */
  private shown(): ShownStop {
    if (this.phase !== 'stopped') throw new RequestError(unavailable(this.phase));
    const entry = this.runtime!.current;
    return { stop: entry.predicted.stop, returned: entry.returned };
  }

  private frameIndex(frameId: unknown): number {
    const handle = this.store.get(frameId);
    if (handle?.kind !== 'frame') throw new RequestError(`unknown or stale frameId ${JSON.stringify(frameId)}: the stop has changed since it was given`);
    return handle.frame;
  }

  private debuggerLine(line: unknown): number {
    return typeof line === 'number' ? this.convertClientLineToDebugger(line) : NaN;
  }

  private async placeBreakpoints(file: string, lines: number[]): Promise<PlacedBreakpoint[]> {
    const program = this.launched?.program;
    if (program !== undefined && file !== program) {
      return lines.map((line) => ({ verified: false, line, message: `the neural debugger predicts ${program} only` }));
    }
    let source: string;
    try {
      source = await this.sourceOf(file);
    } catch (e) {
      return lines.map((line) => ({ verified: false, line, message: messageOf(e) }));
    }
    const codeLines = executableLines(source);
    const lineCount = source.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
    return lines.map((line) => placeBreakpoint(codeLines, lineCount, line));
  }

  /** A file's text: the launched program as read at launch, any other file from disk. */
  private async sourceOf(file: string): Promise<string> {
    if (file === this.launched?.program) return this.launched.source;
    try {
      return decodeSource(await this.files.readFile(file));
    } catch (e) {
      throw new RequestError(`cannot read ${file}: ${messageOf(e)}`);
    }
  }
}

function unavailable(phase: Phase): string {
  switch (phase) {
    case 'new':
      return 'no program is being debugged: launch one first';
    case 'launching':
      return 'the program is starting';
    case 'running':
      return 'not available while the model predicts the next stop (pause first)';
    case 'ended':
      return 'the program has ended: restart to debug it again';
    case 'closed':
      return 'the session is closed';
    case 'stopped':
      return 'available';
  }
}

function messageOf(e: unknown): string {
  if (USER_ERRORS.some((cls) => e instanceof cls)) return (e as Error).message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

function nonNegative(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new RequestError(`${name} must be a non-negative integer`);
  return value;
}

function exitCode(stop: StopState): number {
  if (!stop.exception) return 0;
  const [type, message] = stop.exception;
  return type === 'SystemExit' && /^-?\d+$/.test(message) ? Number(message) : 1;
}

/** The stopped event's description: what the stop is and where it came from. */
function describe(arrival: Arrival): string {
  if (arrival.note) return arrival.note;
  const p = arrival.entry.predicted;
  const stop = p.stop;
  const line = stop.stack[stop.stack.length - 1]?.line;
  const how = arrival.replayed
    ? 'from history'
    : p.origin === 'predicted' ? `predicted, confidence ${percent(p.confidence)}` : p.origin;
  switch (arrival.reason) {
    case 'breakpoint':
      return `Breakpoint at line ${line} (${how})`;
    case 'exception':
      return `${stop.exception?.join(': ') ?? 'Exception'} (${how})`;
    case 'entry':
      return `Entry at line ${line} (${how})`;
    case 'pause':
      return `Paused at line ${line}`;
    case 'step':
      return stop.kind === 'return' ? `Returned ${stop.value} to line ${line} (${how})` : `Line ${line} (${how})`;
  }
}

function percent(p: number): string {
  return p < 0.01 ? '<1%' : `${Math.round(p * 100)}%`;
}

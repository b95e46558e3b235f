/**
 * Compare mode as a DAP debug adapter: one session where real debugpy is authoritative for
 * what the client shows, and the model predicts every stop in lockstep (the engine,
 * adapter/compare/lockstep.ts). At the latest stop, inspection requests (stackTrace, scopes,
 * variables, evaluate, setVariable, exceptionInfo) are forwarded to debugpy; in the history
 * (after stepBack) they are answered from the recorded real stop, since debugpy stays at the
 * latest one and cannot step back. Every frame gets a "Predicted" scope with the model's
 * verdict (predictedScope.ts), every stop a `neuralComparison` event.
 *
 * Every request gets exactly one response (`respond`, adapter/dapSession.ts). Moves answer at
 * once and report their stop later with a `stopped` event; meanwhile requests that need a stop
 * get an error.
 */
import * as path from 'node:path';
import { readFileSync } from 'node:fs';
import { Event, ExitedEvent, InitializedEvent, OutputEvent, StoppedEvent, TerminatedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { RuntimeError, type ExceptionFilter, type ForwardAction, type StopState } from '../../model-runtime/index.js';
import { LockstepSession } from '../compare/lockstep.js';
import type { ComparisonRecord } from '../compare/record.js';
import { bundlePaths } from '../debugpy/bundle.js';
import { DapRequestError, DapTimeoutError, DebugpyError, SessionClosedError } from '../debugpy/errors.js';
import { DapSession } from '../dapSession.js';
import { breakpointsResponse, EXCEPTION_BREAKPOINT_FILTERS, requestedBreakpointOptions, requestedBreakpoints, requestedExceptionFilters } from '../breakpointArguments.js';
import { settingsProblem, type BreakpointSettings } from '../breakpointRules.js';
import { executableLines, placeBreakpoint, type PlacedBreakpoint } from '../executableLines.js';
import { EvaluationError } from '../expression.js';
import { decodeSource } from '../fileAccessor.js';
import { LaunchError } from '../launchConfig.js';
import type { PredictorProvider } from '../predictorCache.js';
import { NEURAL_COMPARISON_EVENT, type NeuralComparisonEventBody } from '../protocol.js';
import { ViewError } from '../variablesView.js';
import { currentState } from './editedState.js';
import { Inspection, type Shown } from './inspection.js';
import { resolveCompareLaunch, type CompareLaunch } from './launchArgs.js';
import { RequestError } from '../requestError.js';
import { SerialRequests } from './serialRequests.js';
import { describeRecord, stopReason, type StopReason } from './stopSummary.js';

export interface CompareSessionOptions {
  /** Loaded models, shared with other sessions. */
  predictors: PredictorProvider;
  /** How long the program waits for configurationDone before starting anyway. */
  configurationTimeoutMs?: number;
  /** The `bundled/` directory (default: found upward from this module). */
  bundledDir?: string;
}

/** The requests this session implements (the base ones and those its capabilities announce). */
const HANDLED_REQUESTS = new Set([
  'initialize', 'launch', 'restart', 'terminate', 'disconnect', 'configurationDone',
  'setBreakpoints', 'setExceptionBreakpoints',
  'continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'pause',
  'threads', 'stackTrace', 'scopes', 'variables', 'setVariable', 'evaluate', 'exceptionInfo',
]);

/**
 * debugpy's capabilities this session serves by forwarding (at the latest stop); each must be
 * one debugpy advertises (test/compare-session checks it against the bundled debugpy).
 */
export const FORWARDED_CAPABILITIES = [
  'supportsSetVariable',
  'supportsEvaluateForHovers',
  'supportsExceptionInfoRequest',
  'supportsClipboardContext',
  'supportsTerminateRequest',
  'supportsConditionalBreakpoints',
  'supportsHitConditionalBreakpoints',
  'supportsLogPoints',
] as const satisfies readonly (keyof DebugProtocol.Capabilities)[];

export const COMPARE_CAPABILITIES: DebugProtocol.Capabilities = {
  supportsConfigurationDoneRequest: true,
  supportsStepBack: true,
  supportsRestartRequest: true,
  ...Object.fromEntries(FORWARDED_CAPABILITIES.map((c) => [c, true])),
  exceptionBreakpointFilters: EXCEPTION_BREAKPOINT_FILTERS,
};

/**
 * new: before launch; launching: waiting for the configuration, starting debugpy, predicting
 * the first stop; running: a step runs; ended: the program's end, or terminate; closed: disconnected.
 */
type Phase = 'new' | 'launching' | 'stopped' | 'running' | 'ended' | 'closed';

/** Errors whose message is meant for the user as is; anything else is a bug of the adapter. */
const USER_ERRORS = [RequestError, LaunchError, DebugpyError, ViewError, EvaluationError, RuntimeError];

export class CompareDebugSession extends DapSession {
  private phase: Phase = 'new';
  private initialized = false;
  private launch: CompareLaunch | undefined;
  private launchArgs: unknown;
  private lockstep: LockstepSession | undefined;
  private debugpy: SerialRequests | undefined;
  private inspection: Inspection | undefined;
  /** Requested breakpoints (lines and their conditions, hit conditions, log messages) by absolute file path, as the client gave them. */
  private readonly requestedBreakpoints = new Map<string, BreakpointSettings[]>();
  /** The program's breakpoint lines where they are (debugpy's placement once it runs). */
  private breakpointLines: number[] = [];
  private exceptionFilters: ExceptionFilter[] = [];
  private nextBreakpointId = 1;
  /** Counts program starts: output of a program replaced by restart is dropped. */
  private generation = 0;

  constructor(private readonly options: CompareSessionOptions) {
    super(HANDLED_REQUESTS, options.configurationTimeoutMs ?? 3000, messageOf);
  }

  /** Ends debugpy's processes and any prediction (the inline host calls this when the session ends). */
  override dispose(): void {
    this.phase = 'closed';
    this.lockstep?.dispose();
    super.dispose();
  }

  // ------------------------------------------------------------------------ configuration
  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    this.respond(response, () => {
      if (this.initialized) throw new RequestError('the session is already initialized');
      this.initialized = true;
      response.body = COMPARE_CAPABILITIES;
      return () => this.sendEvent(new InitializedEvent());
    });
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.respond(response, async () => {
      const { file, lines: requested } = requestedBreakpoints(args);
      if (!requested.every((l) => typeof l === 'number' && Number.isInteger(l))) throw new RequestError('setBreakpoints: lines must be line numbers');
      const options = requestedBreakpointOptions(args);
      const settings = (requested as number[]).map((l, i) => ({ line: this.convertClientLineToDebugger(l), ...options[i] }));
      const absolute = path.resolve(file);
      this.requestedBreakpoints.set(absolute, settings);
      const placed = await this.placeBreakpoints(absolute, settings);
      this.notePredictedRules(settings);
      response.body = {
        breakpoints: breakpointsResponse(placed, file, (l) => this.convertDebuggerLineToClient(l), () => this.nextBreakpointId++),
      };
    });
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.respond(response, async () => {
      const ids = requestedExceptionFilters(args);
      this.exceptionFilters = [...new Set(ids)];
      await this.lockstep?.setExceptionFilters(this.exceptionFilters);
      response.body = { breakpoints: ids.map(() => ({ verified: true })) };
    });
  }

  // ------------------------------------------------------------------------------- launch
  protected override launchRequest(response: DebugProtocol.LaunchResponse, args: DebugProtocol.LaunchRequestArguments): void {
    this.respond(response, async () => {
      if (this.phase !== 'new') throw new RequestError(this.phase === 'closed' ? 'the session is closed' : 'the program is already launched (use restart)');
      this.phase = 'launching';
      try {
        await this.waitForConfiguration();
        await this.startProgram(args);
      } catch (e) {
        if (this.phase === 'launching') this.phase = 'new';
        throw e;
      }
      return () => this.begin();
    }, true);
  }

  protected override restartRequest(response: DebugProtocol.RestartResponse, args: DebugProtocol.RestartArguments): void {
    this.respond(response, async () => {
      if (this.phase === 'new' || this.phase === 'launching') throw new RequestError('nothing to restart: the program has not started');
      if (this.phase === 'closed') throw new RequestError('the session is closed');
      const old = this.lockstep;
      this.phase = 'launching';
      this.lockstep = undefined;
      old?.dispose();
      try {
        await this.startProgram(args?.arguments ?? this.launchArgs);
      } catch (e) {
        // The old program is gone: without a new one the session is over.
        if (this.phase === 'launching') this.end();
        throw e;
      }
      return () => this.begin();
    }, true);
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.respond(response, async () => {
      if (this.phase === 'new') throw new RequestError('nothing to terminate: no program was launched');
      if (this.phase === 'launching') throw new RequestError('the program is starting');
      if (this.phase === 'ended' || this.phase === 'closed') return;
      // A step running now ends at the exit (marked interrupted), and is not shown.
      this.phase = 'ended';
      const lockstep = this.lockstep!;
      await lockstep.terminate().catch(() => undefined);
      lockstep.dispose();
      return () => this.sendEvent(new TerminatedEvent());
    });
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.respond(response, () => {
      this.phase = 'closed';
      this.lockstep?.dispose();
      return () => this.shutdown();
    });
  }


  /** Loads the model and starts the program under debugpy, with the model predicting its first stop. */
  private async startProgram(args: unknown): Promise<void> {
    const launch = await resolveCompareLaunch(args);
    const predictor = await this.options.predictors.get(launch.modelDir);
    const generation = ++this.generation;
    const requested = this.requestedBreakpoints.get(launch.program) ?? [];
    const placedInSource = placeInSource(launch.program, requested.map((b) => b.line));
    const breakpoints = requested.flatMap((b, i) => (placedInSource[i]!.verified ? [{ ...b, line: placedInSource[i]!.line }] : []));
    this.breakpointLines = breakpoints.map((b) => b.line);
    const lockstep = await LockstepSession.start({
      program: launch.program,
      ...(launch.module !== undefined && { module: launch.module }),
      args: launch.args,
      cwd: launch.cwd,
      env: launch.env,
      python: launch.python,
      extensionPython: launch.extensionPython,
      ...(this.options.bundledDir !== undefined && { bundledDir: this.options.bundledDir }),
      predictor,
      resync: launch.resync,
      breakpoints,
      exceptionFilters: this.exceptionFilters,
      onOutput: (category, text) => {
        if (this.generation === generation && !this.isClosed()) this.sendEvent(new OutputEvent(text, category));
      },
      // Logpoint messages of the predicted run, filled from predicted states: marked so.
      onPrediction: (_index, prediction) => {
        if (this.generation !== generation || this.isClosed()) return;
        for (const log of prediction.logs ?? []) this.sendEvent(new OutputEvent(`(predicted) ${log}\n`, 'console'));
      },
    });
    if (this.isClosed()) {
      lockstep.dispose();
      throw new RequestError('the session was closed while launching');
    }
    this.launch = launch;
    this.launchArgs = args;
    this.lockstep = lockstep;
    this.debugpy = new SerialRequests((command, a) => lockstep.debugpy.request(command, a));
    this.inspection = new Inspection((command, a) => this.forward(command, a), launch.program, (line) => this.convertDebuggerLineToClient(line));
    const since = this.requestedBreakpoints.get(launch.program) ?? [];
    if (since !== requested) await this.placeBreakpoints(launch.program, since); // changed while starting
  }

  /** The first stop: shown, or (stopOnEntry false) recorded and continued from. */
  private begin(): void {
    const lockstep = this.lockstep!;
    for (const note of this.launch!.notes) this.sendEvent(new OutputEvent(`${note}\n`, 'console'));
    if (this.launch!.stopOnEntry) {
      this.show(lockstep.current, false);
      return;
    }
    this.sendComparison(lockstep.current);
    this.phase = 'running';
    this.runForward(lockstep, 'continue');
  }

  // -------------------------------------------------------------------------------- moves
  protected override continueRequest(response: DebugProtocol.ContinueResponse, args: DebugProtocol.ContinueArguments): void {
    response.body = { allThreadsContinued: true };
    this.move(response, args, 'continue');
  }

  protected override nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): void {
    this.move(response, args, 'step_over');
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): void {
    this.move(response, args, 'step_into');
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse, args: DebugProtocol.StepOutArguments): void {
    this.move(response, args, 'step_out');
  }

  /** One record back in the history; debugpy is never asked (it cannot step back). */
  protected override stepBackRequest(response: DebugProtocol.StepBackResponse, args: DebugProtocol.StepBackArguments): void {
    this.respond(response, () => {
      this.checkThread(args);
      const lockstep = this.stoppedLockstep();
      if (lockstep.position.index === 0) throw new RequestError('this is the first stop: there is no earlier one in the history');
      const { record } = lockstep.stepBack();
      return () => this.show(record, true);
    });
  }

  /** Back to the previous breakpoint hit or exception of the history, else the first stop. */
  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse, args: DebugProtocol.ReverseContinueArguments): void {
    this.respond(response, () => {
      this.checkThread(args);
      const lockstep = this.stoppedLockstep();
      if (lockstep.position.index === 0) throw new RequestError('this is the first stop: there is no earlier one in the history');
      let record = lockstep.stepBack().record;
      while (record.index > 0 && !['breakpoint', 'exception'].includes(stopReason(record, this.breakpointLines))) record = lockstep.stepBack().record;
      return () => this.show(record, true);
    });
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse, args: DebugProtocol.PauseArguments): void {
    this.respond(response, async () => {
      this.checkThread(args);
      if (this.phase === 'running') {
        // Interrupts debugpy; the step's prediction (one stop at most) completes, and the
        // record is marked interrupted: not counted in the accuracy.
        await this.lockstep!.pause();
        return;
      }
      const lockstep = this.stoppedLockstep();
      return () => this.show(lockstep.current, false, 'pause'); // already stopped: the same stop again
    });
  }

  private move(response: DebugProtocol.Response, args: { threadId?: unknown } | undefined, action: ForwardAction): void {
    this.respond(response, () => {
      this.checkThread(args);
      const lockstep = this.stoppedLockstep();
      // Running from now on, so that a request of the same batch sees it (a pause included).
      this.phase = 'running';
      return () => this.runForward(lockstep, action);
    });
  }

  /** Runs a forward action (replayed inside the history, else predicted and run by debugpy) and shows where it ends. */
  private runForward(lockstep: LockstepSession, action: ForwardAction): void {
    void (async () => {
      try {
        const move = await lockstep.forward(action);
        if (this.lockstep === lockstep && this.phase === 'running') this.show(move.record, move.replayed);
      } catch (e) {
        if (this.lockstep === lockstep && !this.isClosed()) this.lost(e);
      }
    })();
  }

  /** Shows a record: its comparison, then its stop (or the program's end). */
  private show(record: ComparisonRecord, replayed: boolean, reason: StopReason = stopReason(record, this.breakpointLines)): void {
    this.inspection!.reset();
    this.sendComparison(record);
    if (record.real.kind === 'exit') {
      if (!record.interrupted) this.sendEvent(new ExitedEvent(exitCode(record.real)));
      this.end();
      return;
    }
    this.phase = 'stopped';
    const exception = record.real.exception ? record.real.exception.join(': ') : undefined;
    const event = new StoppedEvent(reason, this.threadId(), exception) as DebugProtocol.StoppedEvent;
    event.body.description = describeRecord(record, replayed);
    event.body.allThreadsStopped = true;
    this.sendEvent(event);
  }

  private sendComparison(record: ComparisonRecord): void {
    const lockstep = this.lockstep!;
    const body: NeuralComparisonEventBody = { record, accuracy: lockstep.accuracy, history: lockstep.position };
    this.sendEvent(new Event(NEURAL_COMPARISON_EVENT, body));
  }

  /** debugpy failed (its session closed, a request timed out): the program is gone. */
  private lost(error: unknown): void {
    this.sendEvent(new OutputEvent(`compare mode: debugpy stopped working: ${messageOf(error)}\n`, 'stderr'));
    this.end();
  }

  private end(): void {
    this.phase = 'ended';
    this.lockstep?.dispose();
    this.sendEvent(new TerminatedEvent());
  }

  // --------------------------------------------------------------------------- inspection
  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    this.respond(response, () => {
      const alive = this.phase === 'stopped' || this.phase === 'running';
      response.body = { threads: alive ? [{ id: this.threadId(), name: 'MainThread' }] : [] };
    });
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): void {
    this.respond(response, async () => {
      this.checkThread(args);
      response.body = await this.inspection!.stackTrace(this.shown(), args, this.threadId());
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.respond(response, async () => {
      response.body = await this.inspection!.scopes(this.shown(), args);
    });
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.respond(response, async () => {
      response.body = await this.inspection!.variables(this.shown(), args);
    });
  }

  /** Forwarded to debugpy at the latest stop; the next prediction then starts from the edited state. */
  protected override setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): void {
    this.respond(response, async () => {
      response.body = await this.inspection!.setVariable(this.shown(), args);
      await this.noteStateChange();
    });
  }

  /**
   * At the latest stop: forwarded to debugpy (hover, watch, debug console); after a console
   * evaluation, which may assign, the next prediction starts from the state as it is then. In
   * the history: names, attributes and indexes of the recorded real stop only.
   */
  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.respond(response, async () => {
      const shown = this.shown();
      response.body = await this.inspection!.evaluate(shown, args);
      if (shown.live && args.context === 'repl') await this.noteStateChange();
    });
  }

  protected override exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse, args: DebugProtocol.ExceptionInfoArguments): void {
    this.respond(response, async () => {
      this.checkThread(args);
      response.body = await this.inspection!.exceptionInfo(this.shown(), this.threadId(), this.exceptionFilters);
    });
  }

  // ----------------------------------------------------------------------------- plumbing
  /** A request to debugpy, one at a time; a lost debugpy ends the session. */
  private async forward<T>(command: string, args: object): Promise<T> {
    try {
      return await this.debugpy!.request<T>(command, args);
    } catch (e) {
      if ((e instanceof SessionClosedError || e instanceof DapTimeoutError) && this.phase === 'stopped') this.lost(e);
      throw e;
    }
  }

  /** The user may have changed the program's state: the next prediction starts from it if so. */
  private async noteStateChange(): Promise<void> {
    const lockstep = this.lockstep!;
    const recorded = lockstep.current.real;
    try {
      const { pythonDir } = bundlePaths(this.options.bundledDir);
      const now = await currentState((command, a) => this.forward(command, a), this.threadId(), recorded, pythonDir);
      if (JSON.stringify(now.stack) !== JSON.stringify(recorded.stack) && this.lockstep === lockstep && this.phase === 'stopped') lockstep.realStateChanged(now);
    } catch (e) {
      this.sendEvent(new OutputEvent(`compare mode: could not read the program's state after the change, the model will not see it: ${messageOf(e)}\n`, 'console'));
    }
  }

  /** Read through a method: TypeScript would keep a narrowing of `phase` across awaits. */
  private isClosed(): boolean {
    return this.phase === 'closed';
  }

  private threadId(): number {
    return this.lockstep?.debugpy.threadId ?? 1;
  }

  private checkThread(args: { threadId?: unknown } | undefined): void {
    const id = args?.threadId;
    if (id !== this.threadId()) throw new RequestError(`unknown thread ${JSON.stringify(id)}: compare mode follows thread ${this.threadId()} (MainThread)`);
  }

  /** The engine, when a move may start. */
  private stoppedLockstep(): LockstepSession {
    if (this.phase !== 'stopped') throw new RequestError(unavailable(this.phase));
    return this.lockstep!;
  }

  private shown(): Shown {
    const lockstep = this.stoppedLockstep();
    const { index, length } = lockstep.position;
    return { record: lockstep.current, live: index === length - 1 };
  }

  /**
   * Where breakpoints in `file` are: debugpy's answer once the program runs (the engine then
   * keeps the lines where debugpy put them, for replay and the model); before, the same rule
   * (a line without code moves up to the closest code line). Only the program's breakpoints
   * are set: the model predicts the program alone.
   */
  private async placeBreakpoints(file: string, breakpoints: readonly BreakpointSettings[]): Promise<PlacedBreakpoint[]> {
    const lines = breakpoints.map((b) => b.line);
    const program = this.launch?.program;
    if (program !== undefined && file !== program) {
      return lines.map((line) => ({ verified: false, line, message: `compare mode sets breakpoints in ${program} only` }));
    }
    const lockstep = this.lockstep;
    if (lockstep === undefined) return placeInSource(file, lines);
    if (lockstep.ended) return lines.map((line) => ({ verified: false, line, message: 'the program has ended' }));
    const placed = (await lockstep.setBreakpoints(breakpoints)).map((b, i) => ({ verified: b.verified, line: b.line ?? lines[i]!, ...(b.message ? { message: b.message } : {}) }));
    const where = breakpoints.flatMap((b, i) => (placed[i]!.verified ? [{ ...b, line: placed[i]!.line }] : []));
    if (where.map((b) => b.line).join() !== lines.join()) await lockstep.setBreakpoints(where);
    this.breakpointLines = where.map((b) => b.line);
    return placed;
  }

  /** Says which breakpoint settings the predicted side cannot apply (debugpy still does). */
  private notePredictedRules(breakpoints: readonly BreakpointSettings[]): void {
    for (const b of breakpoints) {
      const problem = settingsProblem(b);
      if (problem === null) continue;
      const text = `compare mode: the predicted side stops at every hit of the breakpoint at line ${b.line}, it cannot apply its settings: ${problem}\n`;
      this.sendEvent(new OutputEvent(text, 'console'));
    }
  }
}

/** Where debugpy will place breakpoints: a line without code moves up to the closest code line above. */
function placeInSource(file: string, lines: readonly number[]): PlacedBreakpoint[] {
  let source: string;
  try {
    source = decodeSource(readFileSync(file));
  } catch (e) {
    return lines.map((line) => ({ verified: false, line, message: `cannot read ${file}: ${(e as Error).message}` }));
  }
  const codeLines = executableLines(source);
  const lineCount = source.replace(/(\r\n|\r|\n)$/, '').split(/\r\n|\r|\n/).length;
  return lines.map((line) => placeBreakpoint(codeLines, lineCount, line));
}

function unavailable(phase: Phase): string {
  switch (phase) {
    case 'new':
      return 'no program is being debugged: launch one first';
    case 'launching':
      return 'the program is starting';
    case 'running':
      return 'not available while the program runs (pause first)';
    case 'ended':
      return 'the program has ended: restart to debug it again';
    case 'closed':
      return 'the session is closed';
    case 'stopped':
      return 'available';
  }
}

function messageOf(e: unknown): string {
  // A forwarded request's own error, as debugpy words it (e.g. a NameError of an evaluate).
  if (e instanceof DapRequestError) return e.message.replace(/^debugpy refused '[^']*': /, '');
  if (USER_ERRORS.some((cls) => e instanceof cls)) return (e as Error).message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

/**
 * The exit code the end shows: the process's own where debugpy reported it; else 1 after an
 * uncaught exception (`SystemExit` with an integer: that code), else 0.
 */
function exitCode(stop: StopState): number {
  if (stop.exitCode !== undefined) return stop.exitCode;
  if (!stop.exception) return 0;
  const [type, message] = stop.exception;
  return type === 'SystemExit' && /^-?\d+$/.test(message) ? Number(message) : 1;
}

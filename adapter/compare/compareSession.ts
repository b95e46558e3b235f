/**
 * Compare mode as a DAP debug adapter: the LockstepSession (lockstep.ts) behind VS Code's
 * debug UI. The Call Stack and Variables show the REAL stop (debugpy's); each frame has a
 * "Predicted" scope beside its Locals with the model's values marked ✓ (same as real) or
 * ✗ (real: …); every stop shown is also sent as a `neuralComparison` event (the
 * record, the running accuracy, the history position) for the extension's panel.
 *
 * Written by the extension's side (issue 8) because VS Code needs a compare session and none
 * existed yet; the engine does all the work, this file only translates requests and events.
 */
import * as path from 'node:path';
import { DebugSession, Event, ExitedEvent, InitializedEvent, OutputEvent, Source, StoppedEvent, TerminatedEvent, Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { defaultModelDir, type ExceptionFilter, type ForwardAction, type StopState } from '../../model-runtime/index.js';
import { PredictorCache, type PredictorProvider } from '../predictorCache.js';
import { VariableStore } from '../variableStore.js';
import { VariablesView, type ShownStop } from '../variablesView.js';
import type { AccuracySummary } from './accuracy.js';
import { LockstepSession } from './lockstep.js';
import { RESYNC_POLICIES, type ResyncPolicy } from './neuralSide.js';
import type { ComparisonRecord } from './record.js';

/** The custom event sent with every stop a compare session shows. */
export const NEURAL_COMPARISON_EVENT = 'neuralComparison';

export interface ComparisonEventBody {
  record: ComparisonRecord;
  accuracy: AccuracySummary;
  /** The shown record's place in the history (0-based) and the history's length. */
  history: { index: number; length: number };
}

export interface CompareSessionOptions {
  predictors?: PredictorProvider;
  configurationTimeoutMs?: number;
}

const THREAD_ID = 1;
/** variablesReferences of the Predicted scopes: far above the VariableStore's (it counts up from 1). */
const PREDICTED_REF_BASE = 1 << 30;

type Phase = 'new' | 'launching' | 'stopped' | 'running' | 'ended' | 'closed';

class RequestError extends Error {
  override name = 'RequestError';
}

export class CompareDebugSession extends DebugSession {
  private phase: Phase = 'new';
  private lockstep: LockstepSession | undefined;
  private program: string | undefined;
  private breakpointLines: number[] = [];
  private exceptionFilters: ExceptionFilter[] = [];
  private readonly store = new VariableStore();
  private readonly view = new VariablesView(this.store);
  private readonly predictors: PredictorProvider;
  private readonly configurationTimeoutMs: number;
  private configurationDone!: () => void;
  private readonly configured = new Promise<void>((resolve) => (this.configurationDone = resolve));

  constructor(options: CompareSessionOptions = {}) {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
    this.predictors = options.predictors ?? new PredictorCache();
    this.configurationTimeoutMs = options.configurationTimeoutMs ?? 3000;
  }

  override dispose(): void {
    this.phase = 'closed';
    this.lockstep?.dispose();
    super.dispose();
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsStepBack: true,
      supportsTerminateRequest: true,
      supportsEvaluateForHovers: true,
      exceptionBreakpointFilters: [
        { filter: 'raised', label: 'Raised Exceptions', default: false, description: 'Break whenever any exception is raised.' },
        { filter: 'uncaught', label: 'Uncaught Exceptions', default: true, description: 'Break when the process is exiting due to unhandled exception.' },
      ],
    };
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  protected override setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): void {
    this.respond(response, async () => {
      const file = args.source?.path ? path.resolve(args.source.path) : undefined;
      const lines = (args.breakpoints ?? []).map((b) => this.convertClientLineToDebugger(b.line));
      if (this.program !== undefined && file !== this.program) {
        response.body = { breakpoints: lines.map(() => ({ verified: false, message: `compare mode debugs ${this.program} only` })) };
        return;
      }
      this.breakpointLines = lines;
      const placed = this.lockstep && !this.lockstep.ended ? await this.lockstep.setBreakpoints(lines) : null;
      response.body = {
        breakpoints: placed ?? lines.map((line) => ({ verified: true, line: this.convertDebuggerLineToClient(line) })),
      };
    });
  }

  protected override setExceptionBreakPointsRequest(
    response: DebugProtocol.SetExceptionBreakpointsResponse,
    args: DebugProtocol.SetExceptionBreakpointsArguments,
  ): void {
    this.respond(response, async () => {
      this.exceptionFilters = (args.filters ?? []).filter((f): f is ExceptionFilter => f === 'raised' || f === 'uncaught');
      if (this.lockstep && !this.lockstep.ended) await this.lockstep.setExceptionFilters(this.exceptionFilters);
    });
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.configurationDone();
    this.sendResponse(response);
  }

  /** Loads the model, waits for the breakpoints, starts debugpy and the first prediction; answers once both stand at the first stop. */
  protected override launchRequest(response: DebugProtocol.LaunchResponse, raw: DebugProtocol.LaunchRequestArguments): void {
    this.respond(response, async () => {
      if (this.phase !== 'new') throw new RequestError('the program is already launched');
      this.phase = 'launching';
      const args = raw as Record<string, unknown>;
      const cwd = str(args, 'cwd');
      const given = str(args, 'program');
      if (!given) throw new RequestError('launch: "program" is missing: give the path of the Python file to compare');
      const program = path.resolve(cwd ?? process.cwd(), given);
      const resync = str(args, 'resync') ?? 'onDivergence';
      if (!RESYNC_POLICIES.includes(resync as ResyncPolicy)) throw new RequestError(`launch: "resync" must be one of ${RESYNC_POLICIES.join(', ')}; got ${resync}`);
      if (args.call !== undefined) throw new RequestError('launch: compare mode runs the whole script under debugpy; "call" is for neural mode only');
      const model = str(args, 'model');
      const predictor = await this.predictors.get(model !== undefined ? path.resolve(cwd ?? process.cwd(), model) : defaultModelDir());
      this.program = program;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.configured, new Promise((resolve) => (timer = setTimeout(resolve, this.configurationTimeoutMs)))]);
      clearTimeout(timer);
      const python = str(args, 'python');
      const extensionPython = str(args, 'extensionPython');
      this.lockstep = await LockstepSession.start({
        program,
        predictor,
        resync: resync as ResyncPolicy,
        breakpoints: this.breakpointLines,
        exceptionFilters: this.exceptionFilters,
        ...(Array.isArray(args.args) ? { args: args.args.map(String) } : {}),
        ...(cwd !== undefined ? { cwd } : {}),
        ...(python !== undefined ? { python } : {}),
        ...(extensionPython !== undefined ? { extensionPython } : {}),
        onOutput: (category, text) => this.sendEvent(new OutputEvent(text, category)),
      });
      if (this.isClosed()) {
        this.lockstep.dispose();
        throw new RequestError('the session was closed while launching');
      }
      const stopOnEntry = args.stopOnEntry !== false;
      return () => {
        if (stopOnEntry) this.arrive(this.lockstep!.current, 'launch');
        else this.move('continue');
      };
    }, true);
  }

  protected override continueRequest(response: DebugProtocol.ContinueResponse): void {
    response.body = { allThreadsContinued: true };
    this.moveRequest(response, 'continue');
  }

  protected override nextRequest(response: DebugProtocol.NextResponse): void {
    this.moveRequest(response, 'step_over');
  }

  protected override stepInRequest(response: DebugProtocol.StepInResponse): void {
    this.moveRequest(response, 'step_into');
  }

  protected override stepOutRequest(response: DebugProtocol.StepOutResponse): void {
    this.moveRequest(response, 'step_out');
  }

  protected override stepBackRequest(response: DebugProtocol.StepBackResponse): void {
    this.respond(response, () => {
      const lockstep = this.stopped();
      return () => this.arrive(lockstep.stepBack().record, 'stepBack');
    });
  }

  /** Back to the previous record stopped at a breakpoint line, else the first one; debugpy is not involved. */
  protected override reverseContinueRequest(response: DebugProtocol.ReverseContinueResponse): void {
    this.respond(response, () => {
      const lockstep = this.stopped();
      let record = lockstep.stepBack().record;
      while (record.index > 0 && !this.breakpointLines.includes(topLine(record.real) ?? -1)) record = lockstep.stepBack().record;
      return () => this.arrive(record, 'reverseContinue');
    });
  }

  protected override pauseRequest(response: DebugProtocol.PauseResponse): void {
    this.respond(response, async () => {
      if (this.phase === 'running') await this.lockstep?.pause();
    });
  }

  protected override terminateRequest(response: DebugProtocol.TerminateResponse): void {
    this.respond(response, async () => {
      const lockstep = this.lockstep;
      if (!lockstep || this.phase === 'ended' || this.phase === 'closed') return;
      const idle = this.phase === 'stopped';
      await lockstep.terminate();
      // During a step, the step's own end (the exit, marked interrupted) finishes the session.
      if (idle) return () => this.finish(null);
    });
  }

  protected override disconnectRequest(response: DebugProtocol.DisconnectResponse): void {
    this.phase = 'closed';
    this.lockstep?.dispose();
    this.sendResponse(response);
    this.shutdown();
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: this.phase === 'stopped' || this.phase === 'running' ? [new Thread(THREAD_ID, 'MainThread')] : [] };
    this.sendResponse(response);
  }

  protected override stackTraceRequest(response: DebugProtocol.StackTraceResponse): void {
    this.respond(response, () => {
      const { stop } = this.shown();
      const frames = stop.stack.map((f, i) => ({
        id: this.store.id({ kind: 'frame', frame: i }),
        name: f.name,
        source: new Source(path.basename(this.program!), this.program),
        line: this.convertDebuggerLineToClient(f.line),
        column: this.convertDebuggerColumnToClient(1),
      }));
      frames.reverse(); // innermost first
      response.body = { stackFrames: frames, totalFrames: frames.length };
    });
  }

  protected override scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): void {
    this.respond(response, () => {
      const shown = this.shown();
      const frame = this.frameIndex(args.frameId);
      const [locals, ...rest] = this.view.scopes(shown, frame);
      const predicted: DebugProtocol.Scope = { name: 'Predicted', variablesReference: PREDICTED_REF_BASE + frame, expensive: false };
      response.body = { scopes: [locals!, predicted, ...rest] };
    });
  }

  protected override variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): void {
    this.respond(response, () => {
      const shown = this.shown();
      const ref = args.variablesReference;
      response.body = {
        variables: ref >= PREDICTED_REF_BASE ? predictedVariables(this.lockstep!.current, ref - PREDICTED_REF_BASE) : this.view.variables(shown, ref),
      };
    });
  }

  protected override evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): void {
    this.respond(response, () => {
      const shown = this.shown();
      if (shown.stop.stack.length === 0) throw new RequestError('no frame to evaluate in: the program has ended');
      const frame = args.frameId === undefined ? shown.stop.stack.length - 1 : this.frameIndex(args.frameId);
      response.body = this.view.evaluate(shown, frame, args.expression);
    });
  }

  // ----------------------------------------------------------------------------- plumbing
  private moveRequest(response: DebugProtocol.Response, action: ForwardAction): void {
    this.respond(response, () => {
      this.stopped();
      return () => this.move(action);
    });
  }

  private move(action: ForwardAction): void {
    const lockstep = this.lockstep!;
    this.phase = 'running';
    const request = action === 'step_over' ? 'next' : action;
    lockstep.forward(action).then(
      (m) => {
        if (this.phase === 'running') this.arrive(m.record, request);
      },
      (e: unknown) => {
        if (this.phase !== 'running') return;
        this.sendEvent(new OutputEvent(`compare mode stopped: ${e instanceof Error ? e.message : String(e)}\n`, 'stderr'));
        this.finish(null);
      },
    );
  }

  private arrive(record: ComparisonRecord, request: string): void {
    this.store.reset();
    const lockstep = this.lockstep!;
    const body: ComparisonEventBody = { record, accuracy: lockstep.accuracy, history: lockstep.position };
    this.sendEvent(new Event(NEURAL_COMPARISON_EVENT, body));
    if (record.real.kind === 'exit') {
      this.finish(record.real);
      return;
    }
    this.phase = 'stopped';
    const reason =
      record.real.kind === 'exception' ? 'exception'
      : record.index === 0 && request === 'launch' ? 'entry'
      : this.breakpointLines.includes(topLine(record.real) ?? -1) && request === 'continue' ? 'breakpoint'
      : 'step';
    const event = new StoppedEvent(reason, THREAD_ID) as DebugProtocol.StoppedEvent;
    const tally = body.accuracy.withResync.overall;
    event.body.description = `${record.verdict.match ? '✓ prediction matched' : '✗ prediction differed'} · accuracy ${tally.correct}/${tally.total}`;
    event.body.allThreadsStopped = true;
    this.sendEvent(event);
  }

  private finish(exit: StopState | null): void {
    if (this.phase === 'ended' || this.phase === 'closed') return;
    this.phase = 'ended';
    const exception = exit?.exception;
    if (exception) this.sendEvent(new OutputEvent(`${exception[0]}: ${exception[1]}\n`, 'stderr'));
    this.sendEvent(new ExitedEvent(exception ? 1 : 0));
    this.sendEvent(new TerminatedEvent());
  }

  private respond(response: DebugProtocol.Response, work: () => void | (() => void) | Promise<void | (() => void)>, showUser = false): void {
    void (async () => {
      let after: void | (() => void);
      try {
        after = await work();
      } catch (e) {
        if (this.phase === 'launching') this.phase = 'new';
        this.sendErrorResponse(response, { id: 2001, format: e instanceof Error ? e.message : String(e), variables: {}, showUser });
        return;
      }
      this.sendResponse(response);
      after?.();
    })();
  }

  private isClosed(): boolean {
    return this.phase === 'closed';
  }

  private stopped(): LockstepSession {
    if (this.phase === 'stopped' && this.lockstep) return this.lockstep;
    throw new RequestError(this.phase === 'running' ? 'not available while the program runs (pause first)' : 'the program is not stopped');
  }

  private shown(): ShownStop {
    return { stop: this.stopped().current.real, returned: null };
  }

  private frameIndex(frameId: unknown): number {
    const handle = this.store.get(frameId);
    if (handle?.kind !== 'frame') throw new RequestError(`unknown or stale frameId ${JSON.stringify(frameId)}`);
    return handle.frame;
  }
}

/**
 * The Predicted scope of real frame `frame`: the model's stop and each variable of the frame at
 * the same depth, marked ✓ when it equals the real one, else ✗ with the real value.
 */
function predictedVariables(record: ComparisonRecord, frame: number): DebugProtocol.Variable[] {
  const leaf = (name: string, value: string): DebugProtocol.Variable => ({ name, value, variablesReference: 0 });
  const predicted = record.predicted;
  if (!predicted) return [leaf('(prediction)', `none ✗ ${record.predictionError ?? ''}`.trim())];
  const p = predicted.stack[frame];
  const r = record.real.stack[frame];
  const out: DebugProtocol.Variable[] = [];
  const where = p ? `${p.name} line ${p.line}` : 'no frame here';
  const whereReal = r ? `${r.name} line ${r.line}` : 'no frame here';
  out.push(leaf('(frame)', where === whereReal ? `${where} ✓` : `${where} ✗ (real: ${whereReal})`));
  const innermost = frame === record.real.stack.length - 1;
  if (innermost && (predicted.value !== null || record.real.value !== null)) {
    const v = predicted.value ?? '(none)';
    out.push(leaf('(return)', predicted.value === record.real.value ? `${v} ✓` : `${v} ✗ (real: ${record.real.value ?? '(none)'})`));
  }
  const realLocals = r?.locals ?? {};
  for (const [name, value] of Object.entries(p?.locals ?? {})) {
    const real = realLocals[name];
    out.push(leaf(name, real === value ? `${value} ✓` : `${value} ✗ (real: ${real ?? 'not defined'})`));
  }
  for (const [name, real] of Object.entries(realLocals)) {
    if (!(name in (p?.locals ?? {}))) out.push(leaf(name, `(not predicted) ✗ (real: ${real})`));
  }
  return out;
}

function topLine(stop: StopState): number | undefined {
  return stop.stack[stop.stack.length - 1]?.line;
}

function str(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new RequestError(`launch: "${key}" must be a string`);
  return v;
}

/**
 * Compare mode's engine, independent of DAP and VS Code: runs the program under real debugpy
 * and the predictor side by side, one forward action at a time, and keeps the history of
 * comparisons.
 *
 * - A step predicts first: the prediction is started from the stops before the step (it
 *   never sees the real result), then debugpy takes the step; both are awaited, compared
 *   (verdict.ts), and appended to the history as a ComparisonRecord.
 * - Resync (neuralSide.ts): `onDivergence` (default) predicts from the real stop after a
 *   prediction that diverged (or a stop the user forced), `always` after every step, `never`
 *   never. A shadow session that never resyncs gives the accuracy without resync.
 * - stepBack moves through the recorded history: debugpy cannot step back and is never asked
 *   to. Forward from inside the history replays it (a step moves one record; continue to the
 *   next breakpoint, exception or exit of the history, else to the frontier and on for real).
 * - pause and terminate act on debugpy; a step they cut short is marked `interrupted` and not
 *   counted in the accuracy. The predictor's side of a step is one prediction (it cannot loop).
 * - Breakpoints and exception filters apply to both sides; so do breakpoint conditions, hit
 *   conditions and logpoints (debugpy evaluates them in the program, the predicted side on
 *   the predicted state with the safe evaluator, where it can read them).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExceptionFilter, ForwardAction, Predictor, StopState } from '../../model-runtime/index.js';
import { checkProgramExists } from '../debugpy/programCheck.js';
import { decodeSource } from '../fileAccessor.js';
import type { Interpreter } from '../debugpy/interpreter.js';
import { RealSession, type BreakpointSpec, type LaunchOptions } from '../debugpy/realSession.js';
import { settingsProblem, type BreakpointSettings } from '../breakpointRules.js';
import { addRecord, emptySummary, type AccuracySummary } from './accuracy.js';
import { NeuralSide, type NextPredictions, type ResyncPolicy, type Settings } from './neuralSide.js';
import type { ComparisonRecord, Prediction } from './record.js';
import { compareStops } from './verdict.js';

export interface LockstepOptions extends Pick<LaunchOptions, 'module' | 'args' | 'cwd' | 'env' | 'python' | 'extensionPython' | 'bundledDir' | 'requestTimeoutMs' | 'onOutput'> {
  program: string;
  predictor: Predictor;
  resync?: ResyncPolicy;
  breakpoints?: readonly BreakpointSpec[];
  exceptionFilters?: readonly ExceptionFilter[];
  /** The shown prediction of step `index` as soon as it is made (debugpy may still be running). Must not throw. */
  onPrediction?: (index: number, prediction: Prediction) => void;
}

/** Where a move ended; `replayed`: taken from the history, nothing ran. */
export interface Move {
  record: ComparisonRecord;
  replayed: boolean;
}

export class LockstepSession {
  private readonly history: ComparisonRecord[] = [];
  private readonly summary = emptySummary();
  private pos = 0;
  private busy = false;
  private interruption: ComparisonRecord['interrupted'] = null;
  /** The frontier's real stop as changed by the user (a variable edit), for the next prediction. */
  private changedReal: StopState | null = null;

  private constructor(
    private readonly real: RealSession,
    private readonly neural: NeuralSide,
    private settings: Settings,
    private readonly abort: AbortController,
    private readonly onPrediction: LockstepOptions['onPrediction'],
  ) {}

  /** Launches the program under debugpy and predicts its first stop; resolves with both compared (record 0). */
  static async start(options: LockstepOptions): Promise<LockstepSession> {
    const program = resolve(options.program);
    checkProgramExists(program);
    const source = decodeSource(readFileSync(program));
    const settings: Settings = { ...breakpointSettings(options.breakpoints ?? []), exceptionFilters: [...(options.exceptionFilters ?? [])] };
    const abort = new AbortController();
    const neural = NeuralSide.open(options.predictor, source, options.resync ?? 'onDivergence', settings, abort.signal);
    void neural.then((opened) => options.onPrediction?.(0, opened.first));
    const { module, args, cwd, env, python, extensionPython, bundledDir, requestTimeoutMs, onOutput } = options;
    const real = launchReal({
      ...{ args, cwd, env, python, extensionPython, bundledDir, requestTimeoutMs, onOutput },
      ...(module !== undefined && { module }),
      program,
      stopOnEntry: true,
      breakpoints: [...(options.breakpoints ?? [])],
      exceptionFilters: [...settings.exceptionFilters],
    });
    real.catch(() => abort.abort()); // e.g. a syntax error: the prediction is no longer needed
    const { side, first } = await neural; // never rejects: a failed prediction is a Prediction with an error
    const launched = await real;
    const session = new LockstepSession(launched.session, side, settings, abort, options.onPrediction);
    session.append('start', { live: first, shadow: null, resynced: false }, launched.first, null);
    return session;
  }

  /** Every comparison so far, oldest first. */
  get records(): readonly ComparisonRecord[] {
    return this.history;
  }

  /** The record at the current position (stepBack moves the position back into the history). */
  get current(): ComparisonRecord {
    return this.history[this.pos]!;
  }

  get position(): { index: number; length: number } {
    return { index: this.pos, length: this.history.length };
  }

  /** debugpy's program has ended (its exit was reached, or it was terminated). */
  get ended(): boolean {
    return this.real.ended;
  }

  /** Absolute path of the program. */
  get program(): string {
    return this.real.program;
  }

  /** The Python that runs the program. */
  get interpreter(): Interpreter {
    return this.real.interpreter;
  }

  get running(): boolean {
    return this.busy;
  }

  /**
   * debugpy itself, stopped at the frontier (the last record) while no step runs: a DAP
   * session forwards inspection requests (stackTrace, variables, evaluate, setVariable, ...)
   * through `request`, which refuses what debugpy does not advertise.
   */
  get debugpy(): Pick<RealSession, 'capabilities' | 'request' | 'threadId'> {
    return this.real;
  }

  /** Running accuracy (accuracy.ts), a copy. */
  get accuracy(): AccuracySummary {
    return structuredClone(this.summary);
  }

  /** The prompt the live predictor session extends (tests and debugging). */
  liveWindowText(): string {
    return this.neural.windowText();
  }

  async forward(action: ForwardAction): Promise<Move> {
    this.checkIdle();
    const last = this.history.length - 1;
    if (this.pos < last) {
      const target = action === 'continue' ? this.nextHit() : this.pos + 1;
      this.pos = target ?? last;
      if (target !== null) return { record: this.current, replayed: true };
    }
    if (this.real.ended) return { record: this.current, replayed: true };
    this.busy = true;
    this.interruption = null;
    try {
      const previous = this.history[last]!;
      const changed = this.changedReal;
      this.changedReal = null;
      // An edited state is one the live predictor session did not predict: like a divergence.
      const diverged = changed !== null || previous.interrupted !== null || !previous.verdict.match;
      const predictions = this.neural.predict(action, { real: changed ?? previous.real, diverged }, this.settings, this.abort.signal);
      void predictions.then((p) => this.onPrediction?.(last + 1, p.live));
      // The prediction must not be running anymore when a failure of debugpy surfaces.
      const stop = await this.real.step(action).catch(async (e: unknown) => {
        await predictions;
        throw e;
      });
      return { record: this.append(action, await predictions, stop, this.interruption), replayed: false };
    } finally {
      this.busy = false;
    }
  }

  /** One record back in the history (at the first one, stays there). debugpy is not involved. */
  stepBack(): Move {
    this.checkIdle();
    if (this.pos > 0) this.pos -= 1;
    return { record: this.current, replayed: true };
  }

  /**
   * The user changed the program's state at the frontier (e.g. setVariable through `debugpy`):
   * `real` is the stop as it is now. The next prediction starts from it (a resync, except under
   * the policy `never`); the frontier's record keeps the stop as debugpy reached it.
   */
  realStateChanged(real: StopState): void {
    this.checkIdle();
    if (this.pos !== this.history.length - 1) throw new Error('the real state can only change at the latest stop');
    this.changedReal = real;
  }

  /** Interrupts debugpy's run of the current step (that step then ends where it paused). */
  async pause(): Promise<void> {
    if (!this.busy || this.real.current !== null) return;
    this.interruption ??= 'pause';
    await this.real.pause();
  }

  /** Ends the program. During a step, that step ends at the exit, marked interrupted. */
  async terminate(): Promise<StopState> {
    if (this.busy && !this.real.ended) this.interruption = 'terminate';
    return this.real.terminate();
  }

  /** Replaces the breakpoints of both sides; returns them as debugpy placed them. */
  async setBreakpoints(breakpoints: readonly BreakpointSpec[]): Promise<DebugProtocol.Breakpoint[]> {
    this.settings = { ...this.settings, ...breakpointSettings(breakpoints) };
    return this.real.ended ? [] : this.real.setBreakpoints(breakpoints);
  }

  async setExceptionFilters(filters: readonly ExceptionFilter[]): Promise<void> {
    this.settings = { ...this.settings, exceptionFilters: [...filters] };
    if (!this.real.ended) await this.real.setExceptionFilters(filters);
  }

  /** Cancels predictions and kills debugpy's processes. Safe at any time, more than once. */
  dispose(): void {
    this.abort.abort();
    this.real.disconnect();
  }

  private checkIdle(): void {
    if (this.busy) throw new Error('a step is running: pause it first');
  }

  /** The next record of the history where a continue stops: a breakpoint line, an exception, the exit. */
  private nextHit(): number | null {
    for (let i = this.pos + 1; i < this.history.length; i++) {
      const { kind, stack } = this.history[i]!.real;
      const line = stack[stack.length - 1]?.line;
      if (kind === 'exception' || kind === 'exit' || (kind === 'line' && line !== undefined && this.settings.breakpoints.includes(line))) return i;
    }
    return null;
  }

  private append(action: ComparisonRecord['action'], next: NextPredictions, real: StopState, interrupted: ComparisonRecord['interrupted']): ComparisonRecord {
    const { live, shadow } = next;
    const record: ComparisonRecord = {
      index: this.history.length,
      action,
      predicted: live.stop,
      real,
      verdict: compareStops(live.stop, real),
      confidence: live.confidence,
      resynced: next.resynced,
      predictionError: live.error,
      interrupted,
      shadow: shadow && { predicted: shadow.stop, confidence: shadow.confidence, predictionError: shadow.error, verdict: compareStops(shadow.stop, real) },
    };
    this.history.push(record);
    this.pos = record.index;
    addRecord(this.summary, record);
    return record;
  }
}

/**
 * The predicted side's breakpoint lines and rules. A rule the safe evaluator cannot read is
 * left out: the predicted side then stops at every hit of that line (the DAP session says so).
 */
function breakpointSettings(breakpoints: readonly BreakpointSpec[]): Pick<Settings, 'breakpoints' | 'rules'> {
  const specs = breakpoints.map((b): BreakpointSettings => (typeof b === 'number' ? { line: b } : b));
  return { breakpoints: specs.map((s) => s.line), rules: specs.filter((s) => settingsProblem(s) === null) };
}

/** Launches debugpy and waits for its first stop; a session that fails meanwhile is killed. */
async function launchReal(options: LaunchOptions): Promise<{ session: RealSession; first: StopState }> {
  const session = await RealSession.launch(options);
  try {
    return { session, first: await session.waitForStop() };
  } catch (e) {
    session.disconnect();
    throw e;
  }
}

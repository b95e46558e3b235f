/**
 * The neural debugger's execution model, without DAP: a history of the stops shown so far and
 * a position in it, breakpoints, and the actions that move the position.
 *
 * - Forward at the end of the history (the frontier) asks the model; anywhere else it replays
 *   the history: a step moves to the next stop, exactly as shown before (whatever the action:
 *   the history is what this program did); continue moves to the next breakpoint hit of the
 *   history, or to the frontier and goes on predicting from there.
 * - Continue is one `continue` prediction; when the model stops somewhere a continue cannot
 *   stop (a line without a breakpoint, a return), it is asked again, at most
 *   `maxContinueSteps` times (then the run stops: "the model appears to loop"). The stops passed
 *   this way print their output but are not part of the history.
 * - stepBack replays the history (no model call). Before its first stop it asks the model for
 *   the inverse of step over, `back_over` (DAP has no step back into/out); if the model
 *   answers the same stop, the program starts there. reverseContinue goes back to the
 *   previous breakpoint hit of the history, else to its first stop; it never asks the model.
 *
 * Two predictor sessions serve the two ends of the history: `forward` is at its last stop,
 * `backward` at its first. A session's own history makes its prompt (its window), so each is
 * realigned to its end when needed: undone to it (`back()`, exact) when the stop is in its
 * history, else reopened at it (`openAt`: the stop becomes the snapshot of a new window).
 */
import type { ExceptionFilter, ForwardAction, PredictedStop, Predictor, PredictorSession, ProgramSpec, StopState } from '../model-runtime/index.js';

export interface RuntimeLimits {
  /** Predictions per continue before the run stops as a loop. */
  maxContinueSteps: number;
  /** Stops kept in the history (and in each predictor session's own); the oldest are dropped beyond. */
  maxHistory: number;
}

export const DEFAULT_LIMITS: RuntimeLimits = { maxContinueSteps: 25, maxHistory: 10_000 };

export interface Program {
  source: string;
  call?: string;
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'exception' | 'pause';

export interface HistoryEntry {
  readonly predicted: PredictedStop;
  /** At a return stop: the function that returned, when the stop it returned from is known. */
  readonly returned: string | null;
}

/** Where a move ended. */
export interface Arrival {
  entry: HistoryEntry;
  reason: StopReason;
  /** Taken from the history, no model call. */
  replayed: boolean;
  /** Output of the newly predicted stops, passed ones included. */
  stdout: string;
  /** Why the move ended somewhere else than asked (loop guard, prediction error). */
  note?: string;
}

interface Anchor {
  session: PredictorSession;
  entry: HistoryEntry;
}

export class NeuralRuntime {
  private readonly entries: HistoryEntry[] = [];
  private pos = 0;
  private breakpoints: readonly number[] = [];
  private filters: readonly ExceptionFilter[] = [];
  private forwardEnd: Anchor | null = null;
  private backwardEnd: Anchor | null = null;
  private busy = false;

  constructor(
    private readonly predictor: Predictor,
    private readonly program: Program,
    private readonly limits: RuntimeLimits = DEFAULT_LIMITS,
  ) {}

  get current(): HistoryEntry {
    const entry = this.entries[this.pos];
    if (!entry) throw new Error('the runtime has not started');
    return entry;
  }

  get position(): { index: number; length: number } {
    return { index: this.pos, length: this.entries.length };
  }

  /** The first stop is predicted (without stopOnEntry it may not be shown yet). */
  get started(): boolean {
    return this.entries.length > 0 || this.forwardEnd !== null;
  }

  get ended(): boolean {
    return this.entries[this.pos]?.predicted.stop.kind === 'exit';
  }

  /** Breakpoint lines (already placed on code lines) and exception filters for the next predictions. */
  setBreakpoints(lines: readonly number[]): void {
    this.breakpoints = [...new Set(lines)].sort((a, b) => a - b);
  }

  setExceptionFilters(filters: readonly ExceptionFilter[]): void {
    this.filters = [...new Set(filters)].sort();
  }

  /** Why the debugger would stop at `stop` under the current breakpoints. */
  reasonOf(stop: StopState): StopReason {
    if (stop.kind === 'exception') return 'exception';
    const top = stop.stack[stop.stack.length - 1];
    return stop.kind === 'line' && top !== undefined && this.breakpoints.includes(top.line) ? 'breakpoint' : 'step';
  }

  /** Predict the first stop; without `stopOnEntry`, continue from it to the first hit. */
  async start(stopOnEntry: boolean, signal?: AbortSignal): Promise<Arrival> {
    return this.exclusive(async () => {
      if (this.entries.length > 0) throw new Error('the runtime has already started');
      const session = await this.predictor.open(this.spec(), { signal });
      const first = session.current;
      if (stopOnEntry || this.isHit(first.stop)) {
        const entry = this.append(first, null, session);
        const reason = this.reasonOf(first.stop);
        return { entry, reason: reason === 'step' ? 'entry' : reason, replayed: false, stdout: first.stop.stdout };
      }
      this.forwardEnd = { session, entry: { predicted: first, returned: null } };
      return this.continueFrom(session, first, first.stop.stdout, signal);
    });
  }

  async forward(action: ForwardAction, signal?: AbortSignal): Promise<Arrival> {
    return this.exclusive(async () => {
      const last = this.entries.length - 1;
      if (this.pos < last && action !== 'continue') return this.replayTo(this.pos + 1);
      if (this.pos < last) {
        const hit = this.entries.findIndex((e, i) => i > this.pos && this.isHit(e.predicted.stop));
        if (hit >= 0) return this.replayTo(hit);
        this.pos = last;
      }
      const from = this.current;
      const session = await this.aligned('forward', from);
      if (action === 'continue') return this.continueFrom(session, from.predicted, '', signal);
      try {
        const next = await session.step(action, this.stepOptions(signal));
        const entry = this.append(next, returnedName(from.predicted.stop, next), session);
        return { entry, reason: this.reasonOf(next.stop), replayed: false, stdout: next.stop.stdout };
      } catch (e) {
        return this.interrupted(e, '');
      }
    });
  }

  async stepBack(signal?: AbortSignal): Promise<Arrival> {
    return this.exclusive(async () => {
      if (this.pos > 0) return this.replayTo(this.pos - 1);
      const first = this.current;
      const session = await this.aligned('backward', first);
      let before: PredictedStop;
      try {
        before = await session.step('back_over', this.stepOptions(signal));
      } catch (e) {
        return this.interrupted(e, '');
      }
      if (sameStop(before.stop, first.predicted.stop)) {
        session.back();
        return { entry: first, reason: 'step', replayed: false, stdout: '', note: 'the model predicts no stop before this one' };
      }
      const entry: HistoryEntry = { predicted: before, returned: null };
      this.entries.unshift(entry);
      this.backwardEnd = { session, entry };
      if (this.entries.length > this.limits.maxHistory) this.entries.pop();
      return { entry, reason: this.reasonOf(before.stop), replayed: false, stdout: '' };
    });
  }

  reverseContinue(): Arrival {
    if (this.busy) throw new Error('a prediction is running');
    for (let i = this.pos - 1; i >= 0; i--) if (this.isHit(this.entries[i]!.predicted.stop)) return this.replayTo(i);
    const note = this.pos === 0 ? 'already at the first stop of the history' : undefined;
    const arrival = this.replayTo(0);
    return note ? { ...arrival, note } : arrival;
  }

  /**
   * Edit a variable of the current stop (`frame` counts from the outermost frame). Later
   * predictions are conditioned on the edit; the stops after this one in the history no longer
   * follow from it and are dropped.
   */
  async setVariable(frame: number, name: string, value: string): Promise<HistoryEntry> {
    return this.exclusive(async () => {
      const at = this.current;
      const session = await this.aligned('forward', at);
      const edited: HistoryEntry = { predicted: session.setVariable(frame, name, value), returned: at.returned };
      this.entries.splice(this.pos, this.entries.length - this.pos, edited);
      this.forwardEnd = { session, entry: edited };
      return edited;
    });
  }

  /** The prompt the next forward prediction extends (for tests and debugging). */
  forwardWindowText(): string {
    return this.forwardEnd?.session.windowText() ?? '';
  }

  // ---------------------------------------------------------------------------- internals
  private async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.busy) throw new Error('a prediction is running');
    this.busy = true;
    try {
      return await fn();
    } finally {
      this.busy = false;
    }
  }

  private spec(): ProgramSpec {
    return { source: this.program.source, call: this.program.call, breakpoints: this.breakpoints, exceptionFilters: this.filters };
  }

  private stepOptions(signal: AbortSignal | undefined) {
    return { breakpoints: this.breakpoints, exceptionFilters: this.filters, signal };
  }

  /** Where a continue stops: a breakpoint, an exception breakpoint, the end. */
  private isHit(stop: StopState): boolean {
    return stop.kind === 'exit' || this.reasonOf(stop) !== 'step';
  }

  private replayTo(index: number): Arrival {
    this.pos = index;
    const entry = this.current;
    return { entry, reason: this.reasonOf(entry.predicted.stop), replayed: true, stdout: '' };
  }

  /** Add a newly predicted stop at the end of the history, where `session` now is. */
  private append(predicted: PredictedStop, returned: string | null, session: PredictorSession): HistoryEntry {
    const entry: HistoryEntry = { predicted, returned };
    this.entries.push(entry);
    if (this.entries.length > this.limits.maxHistory) this.entries.shift();
    this.pos = this.entries.length - 1;
    this.forwardEnd = { session, entry };
    return entry;
  }

  private async continueFrom(session: PredictorSession, from: PredictedStop, stdout: string, signal?: AbortSignal): Promise<Arrival> {
    let previous = from;
    for (let passed = 0; ; passed++) {
      let next: PredictedStop;
      try {
        next = await session.step('continue', this.stepOptions(signal));
      } catch (e) {
        // The stops passed so far are where the run got to.
        if (previous !== from || this.entries.length === 0) this.append(previous, null, session);
        return this.interrupted(e, stdout);
      }
      stdout += next.stop.stdout;
      const returned = returnedName(previous.stop, next);
      if (this.isHit(next.stop)) {
        return { entry: this.append(next, returned, session), reason: this.reasonOf(next.stop), replayed: false, stdout };
      }
      previous = next;
      if (passed + 1 >= this.limits.maxContinueSteps) {
        const note = `the model appears to loop: ${passed + 1} predicted stops without reaching a breakpoint, an exception or the end`;
        return { entry: this.append(next, returned, session), reason: 'pause', replayed: false, stdout, note };
      }
    }
  }

  /** A prediction failed or was cancelled: the run ends at the current stop. */
  private interrupted(error: unknown, stdout: string): Arrival {
    const cancelled = (error as { code?: string }).code === 'cancelled';
    const arrival: Arrival = { entry: this.current, reason: 'pause', replayed: false, stdout };
    return cancelled ? arrival : { ...arrival, note: `the model could not predict the next stop: ${(error as Error).message}` };
  }

  /**
   * The session for one end of the history, with `entry` as its current stop. A session whose
   * own history outgrew maxHistory is replaced too, so memory stays bounded.
   */
  private async aligned(end: 'forward' | 'backward', entry: HistoryEntry): Promise<PredictorSession> {
    const found = end === 'forward' ? this.forwardEnd : this.backwardEnd;
    const anchor = found && found.session.stops.length <= this.limits.maxHistory ? found : null;
    if (anchor && anchor.entry === entry) return anchor.session;
    if (anchor && anchor.session.stops.includes(entry.predicted)) {
      while (anchor.session.current !== entry.predicted) anchor.session.back();
      anchor.entry = entry;
      return anchor.session;
    }
    const session = await this.predictor.openAt(this.spec(), entry.predicted.stop);
    const fresh = { session, entry };
    if (end === 'forward') this.forwardEnd = fresh;
    else this.backwardEnd = fresh;
    return session;
  }
}

/** At a return stop reached from a deeper stack: the name of the frame that returned. */
function returnedName(from: StopState, next: PredictedStop): string | null {
  const depth = next.stop.stack.length;
  return next.stop.kind === 'return' && from.stack.length > depth ? from.stack[depth]!.name : null;
}

function sameStop(a: StopState, b: StopState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

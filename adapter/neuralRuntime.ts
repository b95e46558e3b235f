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
 *   this way print their output but are not part of the history. At a breakpoint hit the gate
 *   (conditions, hit counts, logpoints) may let the run pass on, at most `maxPassedHits` times.
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
  /** Predictions per continue before the run stops as a loop (hits the gate lets pass not counted). */
  maxContinueSteps: number;
  /** Breakpoint hits a gate lets pass per continue (conditions, hit counts, logpoints) before the run stops. */
  maxPassedHits: number;
  /** Stops kept in the history (and in each predictor session's own); the oldest are dropped beyond. */
  maxHistory: number;
}

export const DEFAULT_LIMITS: RuntimeLimits = { maxContinueSteps: 25, maxPassedHits: 1_000, maxHistory: 10_000 };

export interface Program {
  source: string;
  call?: string;
}

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'exception' | 'pause';

/** Decides at a predicted breakpoint hit whether the run stops there (adapter/breakpointRules.ts). */
export interface HitGate {
  decide(stop: StopState): { stops: boolean; output: string[] };
}

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
  /** What the breakpoints' gate printed on the way (logpoints), in order. */
  logs?: string[];
}

interface Anchor {
  session: PredictorSession;
  entry: HistoryEntry;
}

export class NeuralRuntime {
  private readonly entries: HistoryEntry[] = [];
  private pos = 0;
  private breakpoints: readonly number[] = [];
  private gate: HitGate | null = null;
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

  /**
   * Breakpoint lines (already placed on code lines) for the next predictions, and the gate that
   * decides at a hit whether a continue stops there (none: every hit stops).
   */
  setBreakpoints(lines: readonly number[], gate: HitGate | null = null): void {
    this.breakpoints = [...new Set(lines)].sort((a, b) => a - b);
    this.gate = gate;
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
      const logs: string[] = [];
      if (stopOnEntry || this.stopsAt(first.stop, logs)) {
        const entry = this.append(first, null, session);
        const reason = this.reasonOf(first.stop);
        return { entry, reason: reason === 'step' ? 'entry' : reason, replayed: false, stdout: first.stop.stdout, logs };
      }
      this.forwardEnd = { session, entry: { predicted: first, returned: null } };
      return this.continueFrom(session, first, first.stop.stdout, logs, signal);
    });
  }

  async forward(action: ForwardAction, signal?: AbortSignal): Promise<Arrival> {
    return this.exclusive(async () => {
      const last = this.entries.length - 1;
      if (this.pos < last && action !== 'continue') return this.replayTo(this.pos + 1);
      const logs: string[] = [];
      if (this.pos < last) {
        const hit = this.entries.findIndex((e, i) => i > this.pos && this.stopsAt(e.predicted.stop, logs));
        if (hit >= 0) return { ...this.replayTo(hit), logs };
        this.pos = last;
      }
      const from = this.current;
      const session = await this.aligned('forward', from);
      if (action === 'continue') return this.continueFrom(session, from.predicted, '', logs, signal);
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

  /** A hit where the gate lets the run stop; what the gate prints goes to `logs`. */
  private stopsAt(stop: StopState, logs: string[]): boolean {
    if (!this.isHit(stop)) return false;
    if (this.reasonOf(stop) !== 'breakpoint' || !this.gate) return true;
    const decision = this.gate.decide(stop);
    logs.push(...decision.output);
    return decision.stops;
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

  private async continueFrom(session: PredictorSession, from: PredictedStop, stdout: string, logs: string[], signal?: AbortSignal): Promise<Arrival> {
    let previous = from;
    let passed = 0;
    let passedHits = 0;
    for (;;) {
      let next: PredictedStop;
      try {
        next = await session.step('continue', this.stepOptions(signal));
      } catch (e) {
        // The stops passed so far are where the run got to.
        if (previous !== from || this.entries.length === 0) this.append(previous, null, session);
        return this.interrupted(e, stdout, logs);
      }
      stdout += next.stop.stdout;
      const returned = returnedName(previous.stop, next);
      const hit = this.isHit(next.stop);
      if (this.stopsAt(next.stop, logs)) {
        return { entry: this.append(next, returned, session), reason: this.reasonOf(next.stop), replayed: false, stdout, logs };
      }
      previous = next;
      if (hit) passedHits++;
      else passed++;
      if (passed >= this.limits.maxContinueSteps || passedHits >= this.limits.maxPassedHits) {
        const note = hit
          ? `stopped after ${passedHits} predicted breakpoint hits that the breakpoints' conditions, hit counts or logpoints let pass`
          : `the model appears to loop: ${passed} predicted stops without reaching a breakpoint, an exception or the end`;
        return { entry: this.append(next, returned, session), reason: 'pause', replayed: false, stdout, note, logs };
      }
    }
  }

  /** A prediction failed or was cancelled: the run ends at the current stop. */
  private interrupted(error: unknown, stdout: string, logs: string[] = []): Arrival {
    const cancelled = (error as { code?: string }).code === 'cancelled';
    const arrival: Arrival = { entry: this.current, reason: 'pause', replayed: false, stdout, logs };
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

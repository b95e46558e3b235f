/**
 * What the panel and the editor decorations know of one debug session: its stops by history
 * index, fed by the adapter's custom events (`neuralStop`, `neuralComparison`), and the one
 * shown. No `vscode` import.
 */
import type { NeuralStopEventBody } from '../../adapter/protocol';
import type { StopState } from '../../model-runtime/stop';
import type { ComparisonEventBody } from '../comparisonEvent';
import { stopView, titleOf, type VariableMatch } from './stopView';
import type { PanelView, TimelineItem, Verdict } from './view';

export interface TrackedStop {
  predicted: StopState | null;
  /** Compare mode: where debugpy stopped. */
  real: StopState | null;
  /** Compare mode: did every compared component match, and each one and each variable. */
  match: boolean | null;
  components: Record<string, boolean | null> | null;
  variables: VariableMatch[] | null;
  confidence: number | null;
  error: string | null;
}

export class SessionTrack {
  private readonly stops: TrackedStop[] = [];
  private shown: number | null = null;
  private status: PanelView['status'] = 'starting';
  private note: string | null = null;
  private accuracy: PanelView['accuracy'] = null;

  constructor(
    readonly name: string,
    readonly mode: 'neural' | 'compare',
  ) {}

  get current(): TrackedStop | null {
    return this.shown === null ? null : (this.stops[this.shown] ?? null);
  }

  get index(): number | null {
    return this.shown;
  }

  get ended(): boolean {
    return this.status === 'ended';
  }

  /** Running accuracy of the shown predictions (compare mode). */
  get runningAccuracy(): { correct: number; total: number } | null {
    return this.accuracy?.withResync ?? null;
  }

  onNeuralStop(body: NeuralStopEventBody): void {
    const { index, length } = body.history;
    const stop: TrackedStop = {
      predicted: body.stop,
      real: null,
      match: null,
      components: null,
      variables: null,
      confidence: body.confidence,
      error: null,
    };
    // A step back before the first stop prepends one (the model's inverse step).
    if (index === 0 && length === this.stops.length + 1 && !body.replayed && body.request === 'stepBack') this.stops.unshift(stop);
    else if (!body.replayed || !this.stops[index]) this.stops[index] = stop;
    this.stops.length = length;
    this.shown = index;
    this.note = body.note ?? null;
    this.status = body.reason === 'exit' ? 'ended' : 'stopped';
  }

  onComparison(body: ComparisonEventBody): void {
    const r = body.record;
    this.stops[r.index] = {
      predicted: r.predicted,
      real: r.real,
      match: r.verdict.match,
      components: { ...r.verdict.components },
      variables: r.verdict.variables,
      confidence: r.confidence,
      error: r.predictionError,
    };
    this.stops.length = Math.max(body.history.length, r.index + 1);
    this.shown = body.history.index;
    this.accuracy = { withResync: body.accuracy.withResync.overall, withoutResync: body.accuracy.withoutResync.overall };
    this.note = r.interrupted ? `stopped by ${r.interrupted}: not counted in the accuracy` : r.resynced ? 'predicted from the real previous stop (resync)' : null;
    this.status = r.real.kind === 'exit' ? 'ended' : 'stopped';
  }

  onRunning(): void {
    if (this.status !== 'ended') this.status = 'running';
  }

  onTerminated(): void {
    this.status = 'ended';
  }

  view(): PanelView {
    const shown = this.current;
    const compare = this.mode === 'compare';
    return {
      session: this.name,
      mode: this.mode,
      status: this.status,
      current: this.shown,
      timeline: this.stops.map((s, i) => timelineItem(s, i)),
      predicted: shown ? stopView(shown.predicted, compare ? shown.real : null, shown.variables, shown) : null,
      real: shown && compare && shown.real ? stopView(shown.real, shown.predicted, shown.variables, { confidence: null, error: null }) : null,
      components: shown?.components ? Object.entries(shown.components).map(([name, match]) => ({ name, match })) : null,
      accuracy: this.accuracy,
      note: this.note,
    };
  }
}

function timelineItem(s: TrackedStop | undefined, index: number): TimelineItem {
  const stop = s?.real ?? s?.predicted;
  const line = stop?.stack[stop.stack.length - 1]?.line;
  const verdict: Verdict = s?.match === true ? 'match' : s?.match === false ? 'mismatch' : 'none';
  const place = stop ? titleOf(stop) : 'not shown yet';
  const judged = verdict === 'match' ? ', prediction matched' : verdict === 'mismatch' ? ', prediction differed' : '';
  return {
    index,
    label: stop?.kind === 'exit' ? 'end' : line !== undefined ? String(line) : '?',
    description: `Stop ${index + 1}: ${place}${judged}`,
    verdict,
  };
}

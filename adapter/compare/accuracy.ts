/**
 * Running accuracy of a compare session, per component and overall, over the stops where
 * debugpy stopped on its own (a stop the user forced with pause or terminate is not counted:
 * no debugger would have stopped there, so there is nothing to predict).
 *
 * Two figures, from the same real stops:
 * - `withResync`: the predictions the session showed, made under its resync policy. With
 *   `onDivergence` every prediction starts from a state equal to the real previous stop in
 *   every compared component (the predictor's own previous stop when it matched, else the
 *   real one); with `always` from the real previous stop itself; with `never` from the
 *   predictor's own previous stop, so it equals `withoutResync`.
 * - `withoutResync`: a shadow predictor session that never resyncs: it predicts each stop
 *   from its own previous predictions, as a neural-only session of the same actions would,
 *   and each of its stops is compared with the real stop at the same place in the history.
 *
 * The first stop is predicted from the source alone and counts in both.
 */
import type { ComparisonRecord } from './record.js';
import { COMPONENTS, type Component, type Verdict } from './verdict.js';

export interface Tally {
  correct: number;
  total: number;
}

export interface AccuracyFigures {
  /** Stops where every compared component matched. */
  overall: Tally;
  /** Per component, over the stops where it was compared (`Verdict.components` not null). */
  components: Record<Component, Tally>;
  /** Per variable of every frame, over every variable either side listed. */
  variables: Tally;
}

export interface AccuracySummary {
  withResync: AccuracyFigures;
  withoutResync: AccuracyFigures;
}

export function emptySummary(): AccuracySummary {
  return { withResync: emptyFigures(), withoutResync: emptyFigures() };
}

/** Adds one step to running figures (in place); interrupted steps are left out. */
export function addRecord(summary: AccuracySummary, record: ComparisonRecord): void {
  if (record.interrupted) return;
  addVerdict(summary.withResync, record.verdict);
  addVerdict(summary.withoutResync, (record.shadow ?? record).verdict);
}

export function emptyFigures(): AccuracyFigures {
  const components = {} as Record<Component, Tally>;
  for (const c of COMPONENTS) components[c] = { correct: 0, total: 0 };
  return { overall: { correct: 0, total: 0 }, components, variables: { correct: 0, total: 0 } };
}

/** Adds one verdict to running figures (in place). */
export function addVerdict(figures: AccuracyFigures, verdict: Verdict): void {
  count(figures.overall, verdict.match);
  for (const c of COMPONENTS) {
    const ok = verdict.components[c];
    if (ok !== null) count(figures.components[c], ok);
  }
  for (const v of verdict.variables) count(figures.variables, v.match);
}

/** correct / total, or null when nothing was counted. */
export function rate(tally: Tally): number | null {
  return tally.total === 0 ? null : tally.correct / tally.total;
}

function count(tally: Tally, ok: boolean): void {
  tally.total += 1;
  if (ok) tally.correct += 1;
}

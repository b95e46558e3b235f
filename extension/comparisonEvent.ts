/**
 * The compare session's custom event, as the extension reads it. The adapter's compare mode
 * (adapter/compare/) sends one with every stop it shows: the step's record (prediction, real
 * stop, verdict) and the running accuracy.
 */
import type { AccuracySummary } from '../adapter/compare/accuracy';
import type { ComparisonRecord } from '../adapter/compare/record';

export const NEURAL_COMPARISON_EVENT = 'neuralComparison';

export interface ComparisonEventBody {
  record: ComparisonRecord;
  accuracy: AccuracySummary;
  /** The shown record's place in the history (0-based) and the history's length. */
  history: { index: number; length: number };
}

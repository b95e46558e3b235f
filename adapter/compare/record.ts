/** One step of a compare session: what the model predicted, where debugpy stopped, the verdict. */
import type { ForwardAction, StopState } from '../../model-runtime/stop.js';
import type { Verdict } from './verdict.js';

/** A prediction, or why there is none (the model failed, or was cancelled). */
export interface Prediction {
  stop: StopState | null;
  /** Probability of the stop's text under the model; 1 for a stop that needed no model call (after the exit). */
  confidence: number | null;
  error: string | null;
  /** Logpoint messages of the breakpoints the predicted run passed (filled from predicted states). */
  logs?: string[];
}

export interface ComparisonRecord {
  /** Position in the history: 0 is the first stop. */
  index: number;
  /** The action that led here; `start` for the first stop (predicted from the source alone). */
  action: ForwardAction | 'start';
  /** The prediction shown, made before debugpy took the step; null if the model gave none. */
  predicted: StopState | null;
  real: StopState;
  verdict: Verdict;
  confidence: number | null;
  /** The prediction started from the real previous stop (a new predictor session at it). */
  resynced: boolean;
  predictionError: string | null;
  /** The real stop was forced by the user: `pause`, or `terminate` during the step. Not counted in accuracy. */
  interrupted: 'pause' | 'terminate' | null;
  /**
   * The never-resyncing shadow session's prediction of the same stop, once the shown
   * predictions have resynced at least once; null while they are the same session's.
   */
  shadow: ShadowComparison | null;
}

/** The shadow's prediction of a stop, compared with the same real stop. */
export interface ShadowComparison {
  predicted: StopState | null;
  confidence: number | null;
  predictionError: string | null;
  verdict: Verdict;
}

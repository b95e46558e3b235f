import { HandleTable } from '../variableStore.js';

/**
 * The DAP ids (frameId, variablesReference) a compare session gives out for the stop on
 * display. Each names where the answer comes from: debugpy (its own id, translated so that
 * it cannot collide with ours), the recorded real stop of a history position, or the
 * Predicted scope. Moving to another stop drops them all; ids are never reused, so an id of
 * an earlier stop is reported as stale instead of naming something else.
 */
export type CompareHandle =
  /** A frame; `frame` counts from the outermost (as StopState.stack), `debugpyId` at the live stop. */
  | { kind: 'frame'; frame: number; debugpyId: number | null }
  /** debugpy's variablesReference at the live stop. */
  | { kind: 'debugpy'; ref: number }
  /** A VariableStore id of the recorded real stop's view (history). */
  | { kind: 'recorded'; ref: number }
  /** The Predicted scope of a frame. */
  | { kind: 'predicted'; frame: number };

export class Handles extends HandleTable<CompareHandle> {
  /** A variablesReference from debugpy or from the recorded view, as ours (0 stays 0: not expandable). */
  wrap(kind: 'debugpy' | 'recorded', ref: number | undefined): number {
    return ref ? this.id({ kind, ref }) : 0;
  }
}

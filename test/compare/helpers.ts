// Shared by the compare-mode tests: the model under test, real programs, and lockstep sessions.
import { join } from 'node:path';
import { renderStop } from '../../model-runtime/codec';
import type { ForwardAction, StopState } from '../../model-runtime/stop';
import type { Predictor } from '../../model-runtime/predictor';
import { LockstepSession, type LockstepOptions } from '../../adapter/compare/lockstep';
import { PYTHON, ROOT } from '../debugpy/helpers';
import { testPredictor } from '../runtime/helpers';

export { fixture, processesWithMarker, PYTHON, ROOT, waitUntil } from '../debugpy/helpers';
export const example = (name: string): string => join(ROOT, 'examples', name);

/** A predictor on NDB_MODEL_DIR (default models/default); fails with a message saying so when there is none. */
export function comparePredictor(): Promise<Predictor> {
  return testPredictor();
}

export function startLockstep(options: Omit<LockstepOptions, 'python'>): Promise<LockstepSession> {
  return LockstepSession.start({ python: PYTHON, ...options });
}

/** Applies actions until debugpy's program ends. */
export async function run(session: LockstepSession, actions: readonly ForwardAction[]): Promise<void> {
  for (const action of actions) {
    if (session.ended) return;
    await session.forward(action);
  }
}

/** A stop written in full, as a new window's snapshot shows it. */
export function snapshotText(stop: StopState): string {
  return renderStop({ ...stop, frames: stop.stack.map((f, key) => ({ ...f, key })) }, []).join('');
}

/**
 * One compare step under a time limit, so a program that never stops (a `while True:` loop
 * under `continue`) cannot hang the CLI: past the limit the step is paused where the program
 * then is; a program that does not pause either (blocked in C code, e.g. a long `time.sleep`)
 * is ended after a grace period.
 */
import type { ForwardAction } from '../../model-runtime/stop.js';
import type { LockstepSession } from './lockstep.js';
import type { ComparisonRecord } from './record.js';

const PAUSE_GRACE_MS = 5_000;

export interface LimitedStep {
  record: ComparisonRecord;
  /** The step ran past the limit: its stop is where the pause (or the end) caught the program. */
  overran: boolean;
}

export async function forwardWithin(session: LockstepSession, action: ForwardAction, limitMs: number): Promise<LimitedStep> {
  let overran = false;
  const timers: NodeJS.Timeout[] = [];
  timers.push(
    setTimeout(() => {
      overran = true;
      session.pause().catch(() => {}); // a failed pause ends the session: the step reports it
      timers.push(setTimeout(() => void session.terminate().catch(() => {}), PAUSE_GRACE_MS));
    }, limitMs),
  );
  try {
    const { record } = await session.forward(action);
    return { record, overran };
  } finally {
    for (const timer of timers) clearTimeout(timer);
  }
}

// A client process for processCleanup.test.ts to kill: it starts a lockstep session (model and
// debugpy), drives it into the state named on its command line, prints READY, and waits.
import { loadPredictor } from '../../model-runtime/node-load';
import { LockstepSession } from '../../adapter/compare/lockstep';

async function main(): Promise<void> {
  const [program, state, python, modelDir] = process.argv.slice(2) as [string, 'stopped' | 'running', string, string];
  const predictor = await loadPredictor({ modelDir });
  const session = await LockstepSession.start({ program, predictor, python });
  if (state === 'running') void session.forward('continue').catch(() => {});
  process.stdout.write('READY\n');
  setInterval(() => {}, 1_000); // wait for SIGKILL
}

main().catch((error: unknown) => {
  process.stdout.write(`FAILED ${String(error)}\n`);
  process.exit(1);
});

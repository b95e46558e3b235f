// A client process for processCleanup.test.ts to kill: it drives a real session into the state
// named on its command line, prints READY, and waits to be killed.
import { RealSession } from '../../adapter/debugpy/realSession';

async function main(): Promise<void> {
  const [program, state, python, bundledDir] = process.argv.slice(2) as [string, string, string, string];
  const session = await RealSession.launch({ program, python, bundledDir, stopOnEntry: state !== 'running' });
  if (state !== 'running') await session.waitForStop();
  process.stdout.write('READY\n');
  setInterval(() => {}, 1_000); // wait for SIGKILL
}

main().catch((error: unknown) => {
  process.stdout.write(`FAILED ${String(error)}\n`);
  process.exit(1);
});

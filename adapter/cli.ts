/**
 * `neural-debug` (bundled to dist/cli.js): `compare` runs here, with the debugpy backend;
 * every other command is the model runtime's (model-runtime/cli.ts), which cannot depend on
 * the adapter.
 */
import { compareCommand } from './compare/cli.js';
import { main as runtimeMain } from '../model-runtime/cli.js';

export function main(argv: readonly string[]): Promise<number> {
  return argv[0] === 'compare' ? compareCommand(argv.slice(1)) : runtimeMain(argv);
}

/**
 * Exits once stdout and stderr have taken everything written to them. On a pipe, Node writes
 * what the pipe buffer holds (64 KiB) and queues the rest: `process.exit` right away cut a
 * large `--json` report there. A stream's write callbacks run in order, so the empty write's
 * callback comes after every earlier write has been handed to the OS.
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = () => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(exitWhenFlushed, (e: unknown) => {
    process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
    exitWhenFlushed(1);
  });
}

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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
      process.exit(1);
    },
  );
}

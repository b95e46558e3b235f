/**
 * Chooses the Python interpreter that runs debugpy and the program: the launch
 * configuration's `python`, else the one the Python extension selected, else `python3` on
 * PATH. It is run once to read its version, to refuse one the bundled debugpy cannot run on.
 */
import { execFile } from 'node:child_process';
import { InterpreterError } from './errors';

/**
 * The bundled debugpy 1.8.22 declares `Requires-Python: >=3.10`; under 3.9 its adapter exits
 * at once without a word (test/debugpy/interpreter.test.ts checks this against the bundle).
 */
export const MIN_PYTHON: readonly [number, number] = [3, 10];

export interface InterpreterChoice {
  /** `python` from the launch configuration. */
  configured?: string | undefined;
  /** The interpreter the Python extension selected for the workspace. */
  fromExtension?: string | undefined;
}

export interface Interpreter {
  /** The command to run, as chosen. */
  path: string;
  /** Absolute path of the executable (`sys.executable`). */
  executable: string;
  version: [number, number, number];
}

// Valid in Python 2 as well, so that an old interpreter is reported as too old.
const VERSION_SCRIPT = "import sys; sys.stdout.write('%s\\n%d %d %d\\n' % ((sys.executable,) + tuple(sys.version_info[:3])))";

export async function resolveInterpreter(choice: InterpreterChoice = {}): Promise<Interpreter> {
  const [path, origin] = choice.configured
    ? [choice.configured, 'the launch configuration\'s "python"']
    : choice.fromExtension
      ? [choice.fromExtension, 'the Python extension']
      : ['python3', 'PATH'];
  const { stdout, error } = await run(path);
  if (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new InterpreterError(
      missing
        ? `Python interpreter not found: ${path} (from ${origin}); install Python 3.9+ or set "python" in the launch configuration`
        : `Python interpreter ${path} (from ${origin}) failed to report its version: ${error.message}`,
    );
  }
  const [executable = '', versionLine = ''] = stdout.trim().split('\n');
  const version = versionLine.split(' ').map(Number);
  if (version.length !== 3 || !version.every(Number.isInteger)) {
    throw new InterpreterError(`Python interpreter ${path} (from ${origin}) printed an unexpected version: ${JSON.stringify(stdout)}`);
  }
  const [major, minor, micro] = version as [number, number, number];
  if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
    throw new InterpreterError(
      `Python ${major}.${minor}.${micro} at ${path} (from ${origin}) is too old: debugging needs Python ${MIN_PYTHON.join('.')} or newer`,
    );
  }
  return { path, executable, version: [major, minor, micro] };
}

function run(path: string): Promise<{ stdout: string; error: Error | null }> {
  return new Promise((resolve) => {
    execFile(path, ['-c', VERSION_SCRIPT], { timeout: 15_000, encoding: 'utf8' }, (error, stdout) =>
      resolve({ stdout, error }),
    );
  });
}

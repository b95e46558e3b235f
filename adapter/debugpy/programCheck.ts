/**
 * Problems to report before debugging: a missing program, or one that does not compile
 * (checked with the same interpreter that will run it, since syntax depends on the version).
 */
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { ProgramError } from './errors';

const COMPILE_SCRIPT = [
  'import json, sys',
  'try:',
  "    compile(open(sys.argv[1], 'rb').read(), sys.argv[1], 'exec')",
  'except SyntaxError as e:',
  '    print(json.dumps([type(e).__name__, e.lineno, e.msg]))',
].join('\n');

export function checkProgramExists(program: string): void {
  if (!existsSync(program)) throw new ProgramError(`program not found: ${program}`);
  if (!statSync(program).isFile()) throw new ProgramError(`program is not a file: ${program}`);
}

/** Throws a ProgramError naming the line and message of the program's syntax error, if any. */
export async function checkProgramCompiles(python: string, program: string): Promise<void> {
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(python, ['-c', COMPILE_SCRIPT, program], { timeout: 15_000, encoding: 'utf8' }, (error, out) =>
      error ? reject(new ProgramError(`could not check ${program} for syntax errors: ${error.message}`)) : resolve(out),
    ),
  );
  if (!stdout.trim()) return;
  const [kind, line, message] = JSON.parse(stdout) as [string, number | null, string];
  throw new ProgramError(`${kind} in ${program}${line ? ` at line ${line}` : ''}: ${message}`, line);
}

/**
 * Scoring predictions by execution, with the standard rules of the output/input prediction
 * benchmarks: `assert <expected> == <predicted>` after the code (output), and
 * `assert f(<predicted input>) == <expected output>` (input). Only scoring runs code, in a
 * Python subprocess with a timeout.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** $NDB_PYTHON, else .venv/bin/python under the working directory, else python3. */
export function findPython(): string {
  if (process.env.NDB_PYTHON) return process.env.NDB_PYTHON;
  const venv = path.resolve('.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

export interface ScoreOptions {
  python: string;
  timeoutMs: number;
}

export function outputAssertion(code: string, expected: string, predicted: string): string {
  return `${code}\nassert (${expected}) == (${predicted})\n`;
}

export function inputAssertion(code: string, fn: string, predictedInput: string, expected: string): string {
  return `${code}\nassert ${fn}(${predictedInput}) == (${expected})\n`;
}

/**
 * Whether the program runs to the end without an error within the timeout. The program goes
 * on stdin: as a `-c` argument, one over 128 KiB failed to start (E2BIG) and scored as wrong.
 */
export function passes(program: string, options: ScoreOptions): boolean {
  const run = spawnSync(options.python, ['-'], {
    input: program,
    timeout: options.timeoutMs,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  return run.status === 0;
}

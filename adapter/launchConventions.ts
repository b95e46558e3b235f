/**
 * debugpy's launch conventions that both modes follow, without running anything: `args` as a
 * list or as one string, `module` (what `python -m` runs) found as a file of the workspace, and
 * `envFile` (the Python extension's dotenv file; debugpy itself does not read it).
 */
import * as path from 'node:path';
import { LaunchError } from './launchError.js';

/**
 * `args` as a list of strings, or one string cut into words as a POSIX shell cuts them (quotes
 * and backslashes), without expanding anything: debugpy expands a string only in a terminal.
 */
export function argsOf(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return shellWords(value);
  if (Array.isArray(value) && value.every((s) => typeof s === 'string')) return value;
  throw new LaunchError('launch: "args" must be a list of strings or one string');
}

function shellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) throw new LaunchError(`launch: "args" has a ' without its closing ': ${text}`);
      word = (word ?? '') + text.slice(i + 1, close);
      i = close;
    } else if (c === '"') {
      let j = i + 1;
      let quoted = '';
      for (; j < text.length && text[j] !== '"'; j++) {
        // Inside double quotes a backslash escapes only these, as in a shell.
        if (text[j] === '\\' && '"\\$`'.includes(text[j + 1] ?? '')) j++;
        quoted += text[j];
      }
      if (j >= text.length) throw new LaunchError(`launch: "args" has a " without its closing ": ${text}`);
      word = (word ?? '') + quoted;
      i = j;
    } else if (c === '\\' && i + 1 < text.length) {
      word = (word ?? '') + text[++i];
    } else word = (word ?? '') + c;
  }
  if (word !== null) words.push(word);
  return words;
}

/**
 * The file `python -m <name>` runs, looked for where it looks first: under `roots` (the working
 * directory, then PYTHONPATH's entries) as `a/b.py`, or `a/b/__main__.py` for a package.
 * Installed and standard-library modules are not looked for: the model predicts the user's code.
 */
export async function moduleFile(name: string, roots: readonly string[], exists: (file: string) => Promise<boolean>): Promise<string> {
  if (!/^[\p{L}_][\p{L}\p{N}_]*(\.[\p{L}_][\p{L}\p{N}_]*)*$/u.test(name)) {
    throw new LaunchError(`launch: "module" must be a dotted module name like pkg.tool; got ${JSON.stringify(name)}`);
  }
  const relative = path.join(...name.split('.'));
  const candidates = roots.flatMap((root) => [path.join(root, `${relative}.py`), path.join(root, relative, '__main__.py')]);
  for (const file of candidates) if (await exists(file)) return file;
  throw new LaunchError(`module ${name} not found: looked for ${candidates.join(', ')} (modules of the workspace only, not installed ones)`);
}

/** Where `python -m` finds modules first: the working directory, then PYTHONPATH. */
export function moduleRoots(cwd: string, env: Record<string, string | undefined>): string[] {
  const extra = (env.PYTHONPATH ?? '').split(path.delimiter).filter((p) => p !== '');
  return [cwd, ...extra.map((p) => path.resolve(cwd, p))];
}

/**
 * A dotenv file as the Python extension reads it: `NAME=value` lines (`export ` before the name
 * allowed), `#` comments and blank lines skipped, values optionally in single quotes (as is) or
 * double quotes (`\n` is a newline), a ` #` after an unquoted value starts a comment.
 * `${NAME}` is not substituted.
 */
export function parseEnvFile(text: string, file: string): Record<string, string> {
  const env: Record<string, string> = {};
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) throw new LaunchError(`envFile ${file}, line ${index + 1}: expected NAME=value, got ${JSON.stringify(raw)}`);
    const value = m[2]!;
    const quoted = /^(['"])(.*)\1(\s+#.*)?$/.exec(value);
    if (quoted) env[m[1]!] = quoted[1] === '"' ? quoted[2]!.replace(/\\n/g, '\n') : quoted[2]!;
    else env[m[1]!] = value.replace(/\s+#.*$/, '');
  });
  return env;
}

// debugpy's launch conventions, as both modes read them: args as one string, envFile, module.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { argsOf, moduleFile, moduleRoots, parseEnvFile } from '../../adapter/launchConventions';

describe('args', () => {
  it('a list stays as it is; one string is cut into words as a shell cuts them, nothing expanded', () => {
    expect(argsOf(['a b', 'c'])).toEqual(['a b', 'c']);
    expect(argsOf(undefined)).toEqual([]);
    expect(argsOf(`one  "two words" 'single $HOME' esc\\ aped "q\\"uote" a"b"c ''`)).toEqual(['one', 'two words', 'single $HOME', 'esc aped', 'q"uote', 'abc', '']);
    expect(argsOf('$HOME *.py')).toEqual(['$HOME', '*.py']);
  });

  it('names what is wrong', () => {
    expect(() => argsOf('"open')).toThrow(/"args" has a " without its closing "/);
    expect(() => argsOf("it's")).toThrow(/"args" has a ' without its closing '/);
    expect(() => argsOf([1])).toThrow(/"args" must be a list of strings or one string/);
  });
});

describe('envFile', () => {
  it('reads NAME=value lines as the Python extension does', () => {
    const text = ['# comment', '', 'A=1', 'export B = two words ', "C='kept # as is'", 'D="line\\nbreak" # note', 'E=x # note', 'EMPTY='].join('\n');
    expect(parseEnvFile(text, '.env')).toEqual({ A: '1', B: 'two words', C: 'kept # as is', D: 'line\nbreak', E: 'x', EMPTY: '' });
  });

  it('names the file and line of a line it cannot read', () => {
    expect(() => parseEnvFile('A=1\nnot a variable\n', '/w/.env')).toThrow('envFile /w/.env, line 2: expected NAME=value, got "not a variable"');
  });
});

describe('module', () => {
  const files = new Set(['/w/tool.py', '/w/pkg/__main__.py', '/w/pkg/sub.py', '/lib/extra.py']);
  const exists = async (f: string) => files.has(f);

  it('is the file python -m runs: a .py module or a package __main__, under cwd first, then PYTHONPATH', async () => {
    const roots = moduleRoots('/w', { PYTHONPATH: ['/lib', ''].join(path.delimiter) });
    expect(roots).toEqual(['/w', '/lib']);
    expect(await moduleFile('tool', roots, exists)).toBe('/w/tool.py');
    expect(await moduleFile('pkg', roots, exists)).toBe('/w/pkg/__main__.py');
    expect(await moduleFile('pkg.sub', roots, exists)).toBe('/w/pkg/sub.py');
    expect(await moduleFile('extra', roots, exists)).toBe('/lib/extra.py');
  });

  it('says where it looked, and refuses what is not a module name', async () => {
    await expect(moduleFile('http.server', ['/w'], exists)).rejects.toThrow('module http.server not found: looked for /w/http/server.py, /w/http/server/__main__.py');
    await expect(moduleFile('my-tool', ['/w'], exists)).rejects.toThrow(/dotted module name/);
  });
});

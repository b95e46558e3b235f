/** The built-in syntax check (neural mode never runs Python): clear errors, no false alarms. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexPython } from '../../model-runtime/py-lexer.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import { ROOT, goldenCases } from './helpers.js';

describe('syntax check', () => {
  it.each([
    ['an unclosed bracket', 'x = [1,\n  2\n', { line: 1, column: 5, message: "'[' was never closed" }],
    ['a mismatched bracket', 'x = (1]\n', { line: 1, column: 7, message: "closing parenthesis ']' does not match opening parenthesis '('" }],
    ['a stray closer', 'x = 1)\n', { line: 1, column: 6, message: "unmatched ')'" }],
    ['an unterminated string', "s = 'abc\nt = 1\n", { line: 1, column: 5, message: 'unterminated string literal' }],
    ['an unterminated triple-quoted string', 's = """abc\n\n', { line: 1, column: 5, message: 'unterminated triple-quoted string literal' }],
    ['an unexpected indent', 'x = 1\n    y = 2\n', { line: 2, column: 5, message: 'unexpected indent' }],
    ['a block without body', 'def f():\nreturn 1\n', { line: 2, column: 1, message: 'expected an indented block after line 1' }],
    ['a block at the end', 'for i in range(3):\n', { line: 2, column: 1, message: 'expected an indented block after line 1' }],
    ['a bad dedent', 'if x:\n    y = 1\n  z = 2\n', { line: 3, column: 3, message: 'unindent does not match any outer indentation level' }],
    ['an invalid character', 'x = 1 $ 2\n', { line: 1, column: 7, message: "invalid character '$' (U+0024)" }],
  ])('reports %s', (_, source, issue) => {
    expect(lexPython(source).error).toEqual(issue);
  });

  it('accepts the golden programs and the examples', () => {
    const sources = [
      ...goldenCases().map((c) => c.source),
      ...fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.py'))
        .map((f) => fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8')),
      'x = {\n  "a": [1, 2],  # comment (\n}\ns = f"{x!r}" + r"\\d" + """a\n"b"\n"""\nif x: y = 1\nelse:\n\tpass\n',
      'def f(a, /, b=2, *args, c, **kw):\n    return (a +\n            b)\n\n\nz = f(1, c=3) \\\n    + 1\n',
    ];
    for (const s of sources) expect(lexPython(s).error).toBeNull();
  });

  it('finds definitions, their extents and parameters', () => {
    const info = new ProgramInfo('class A:\n    def m(self, x=1):\n        return x\n\n\ndef f(a, *rest, key=None, **kw):\n    return a\n\nprint(f(1))\n');
    expect(info.definitions.map((d) => [d.kind, d.name, d.line, d.end])).toEqual([
      ['class', 'A', 1, 3],
      ['def', 'm', 2, 3],
      ['def', 'f', 6, 7],
    ]);
    expect(info.entryFunction('m')).toBeUndefined(); // a method is not an entry function
    expect(info.entryFunction()!.name).toBe('f');
    expect(info.entryFunction('f')!.params).toEqual([
      { name: 'a', star: '' },
      { name: 'rest', star: '*' },
      { name: 'key', star: '' },
      { name: 'kw', star: '**' },
    ]);
    expect([...info.lineNumbers]).toEqual([1, 2, 3, 6, 7, 9]);
    expect(info.frameNames.has('m') && info.frameNames.has('<listcomp>')).toBe(true);
    expect(info.variableNames.has('key') && !info.variableNames.has('return')).toBe(true);
  });
});

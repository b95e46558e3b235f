import { describe, expect, it } from 'vitest';
import { codeLenses } from '../../server/codeLenses';
import { functionAt, topLevelFunctions } from '../../server/topLevelFunctions';

const SOURCE = [
  'import os',
  '',
  'def f(a, b=(1, 2), *args, c: int = 3, **kw):',
  '    """doc',
  'def g(): pass',
  '"""',
  '    return a',
  '',
  'class C:',
  '    def method(self):',
  '        pass',
  '',
  'async def g(x, /, y):',
  '    pass',
  'print(1)',
].join('\n');

describe('topLevelFunctions', () => {
  it('finds top-level defs with their parameters and extent, not methods or defs in strings', () => {
    expect(topLevelFunctions(SOURCE)).toEqual([
      { name: 'f', line: 3, endLine: 7, params: ['a', 'b', '*args', 'c', '**kw'] },
      { name: 'g', line: 13, endLine: 14, params: ['x', 'y'] },
    ]);
  });

  it('names the function around a line', () => {
    expect(functionAt(SOURCE, 7)?.name).toBe('f');
    expect(functionAt(SOURCE, 14)?.name).toBe('g');
    expect(functionAt(SOURCE, 11)).toBeUndefined();
    expect(functionAt(SOURCE, 15)).toBeUndefined();
  });

  it('gives two code lenses per function, on its def line, calling the extension commands', () => {
    const lenses = codeLenses('file:///p.py', SOURCE);
    expect(lenses.map((l) => [l.range.start.line, l.command?.command, l.command?.arguments])).toEqual([
      [2, 'neuralDebugger.predictOutput', ['file:///p.py', 'f']],
      [2, 'neuralDebugger.predictInput', ['file:///p.py', 'f']],
      [12, 'neuralDebugger.predictOutput', ['file:///p.py', 'g']],
      [12, 'neuralDebugger.predictInput', ['file:///p.py', 'g']],
    ]);
  });
});

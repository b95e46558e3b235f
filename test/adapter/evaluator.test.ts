// The safe evaluator against real Python: the shared cases (test/fixtures/eval_cases.json,
// written and re-checked by training/tests/test_eval_cases.py) and what it refuses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonical, evaluatePython, NotSupported, PyError } from '../../adapter/evaluator/evaluate';

interface Case {
  expr: string;
  names: Record<string, string>;
  result?: string;
  error?: string;
}

const CASES = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'eval_cases.json'), 'utf8')) as Case[];

function outcome(c: Case): { result: string } | { error: string } {
  try {
    return { result: canonical(evaluatePython(c.expr, (n) => c.names[n])) };
  } catch (e) {
    if (e instanceof PyError) return { error: e.pyType };
    return { error: `not supported: ${(e as Error).message}` };
  }
}

describe('safe evaluator', () => {
  it('has the shared cases', () => expect(CASES.length).toBeGreaterThanOrEqual(300));

  it('gives what Python gives on every shared case', () => {
    const wrong = CASES.map((c) => ({ c, got: outcome(c) }))
      .filter(({ c, got }) => JSON.stringify(got) !== JSON.stringify(c.error !== undefined ? { error: c.error } : { result: c.result }))
      .map(({ c, got }) => `${c.expr}  with ${JSON.stringify(c.names)}: expected ${c.error ?? c.result}, got ${'error' in got ? got.error : got.result}`);
    expect(wrong).toEqual([]);
  });

  const names: Record<string, string> = {
    p: 'Point(x=1, y=2)',
    os: "<module 'os'>",
    xs: '[1, 2, 3]',
    long: '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 3...',
  };
  const run = (expr: string) => canonical(evaluatePython(expr, (n) => names[n]));

  it('reads attributes of predicted objects', () => {
    expect(run('p.x + p.y')).toBe('3');
    expect(run('p')).toBe('Point(x=1, y=2)');
  });

  it.each([
    ["__import__('os').system('ls')", /calling __import__\(\) runs the program's code/],
    ['os.getcwd()', /calling module.getcwd\(\) runs the program's code/],
    ['xs.append(4)', /list.append\(\) changes the value/],
    ['[x * 2 for x in xs]', /comprehensions are not supported/],
    ['lambda: 1', /'lambda' is not supported/],
    ['(n := 3)', /assignment expressions/],
    ["f'{xs}'", /f-strings are not supported/],
    ['len(long)', /the predicted value of long .* is not a whole value/],
    ['p.norm()', /calling Point.norm\(\) runs the program's code/],
    ['p.z', /shows no attribute 'z' of the Point object/],
    ['xs is xs', /use == instead/],
  ])('refuses %s with a message naming what is not supported', (expr, message) => {
    expect(() => run(expr)).toThrow(NotSupported);
    expect(() => run(expr)).toThrow(message);
  });

  it('raises the SyntaxError Python would for broken text', () => {
    expect(() => run('xs[')).toThrow(PyError);
    expect(() => run('1 +')).toThrow(/SyntaxError/);
  });
});

import { describe, expect, it } from 'vitest';
import type { FrameView } from '../../model-runtime/codec.js';
import { GrammarTables, StopGrammar } from '../../model-runtime/grammar.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import type { Action } from '../../model-runtime/stop.js';
import { refusal } from './grammar-feed.js';

const flowOf = (lines: string[]) => new ProgramInfo(lines.join('\n') + '\n').flow!;
const next = (lines: string[], line: number): number[] => [...(flowOf(lines).next(line) ?? [])].sort((a, b) => a - b);

const loop = [
  'def total(xs):', // 1
  '    t = 0', // 2
  '    for x in xs:', // 3
  '        if x < 0:', // 4
  '            continue', // 5
  '        elif x > 9:', // 6
  '            break', // 7
  '        t += x', // 8
  '    return t', // 9
];

describe('where a frame can go in one step', () => {
  it('goes from a statement to the next one', () => {
    expect(next(['a = 1', 'b = 2', 'c = 3'], 1)).toEqual([2]);
    expect(next(['a = 1', 'b = 2'], 2)).toEqual([]); // the last statement of the module ends it
  });

  it('counts every line of a multi-line statement as its own', () => {
    expect(next(['x = f(', '    1,', ')', 'y = x'], 2)).toEqual([1, 3, 4]);
  });

  it('goes back to the loop header from the end of its body, and past the loop from its header', () => {
    expect(next(loop, 8)).toEqual([3]);
    expect(next(loop, 3)).toEqual([4, 9]);
  });
  it('takes a branch or the next clause, and continue and break to their loop', () => {
    expect(next(loop, 4)).toEqual([5, 6]);
    expect(next(loop, 6)).toEqual([7, 8]);
    expect(next(loop, 5)).toEqual([3]);
    expect(next(loop, 7)).toEqual([9]);
    expect(next(loop, 9)).toEqual([]); // a return leaves the frame
  });

  it('loops back into the body of `while True`, and to the header of other whiles', () => {
    const forever = ['while True:', '    n = 1', '    if n:', '        break', 'print(n)'];
    expect(next(forever, 3)).toEqual([1, 2, 4]);
    expect(next(['while n:', '    n -= 1', 'print(n)'], 2)).toEqual([1]);
    expect(next(['while n: n -= 1', 'print(n)'], 1)).toEqual([1, 2]); // a loop on one line comes back to it
  });

  it('may jump from a try body to a handler, from a handler past the statement', () => {
    const guarded = ['try:', '    v = d[k]', 'except KeyError:', '    v = 0', 'print(v)'];
    expect(next(guarded, 2)).toEqual([3, 5]);
    expect(next(guarded, 4)).toEqual([5]);
  });

  it('stops again on a with header when its body ends', () => {
    expect(next(['with open(p) as f:', '    s = f.read()', 'print(s)'], 2)).toEqual([1, 3]);
  });

  it('starts a function at its first statement after the docstring and declarations', () => {
    const source = ['def outer():', '    n = 0', '    def inc():', '        """Add one."""', '        nonlocal n', '        n += 1', '    return inc'];
    expect([...flowOf(source).entry('inc')!]).toEqual([6]);
    expect([...flowOf(source).entry('outer')!]).toEqual([2]);
  });

  it('starts a decorated class body on its first decorator', () => {
    const program = new ProgramInfo(['from dataclasses import dataclass', '@dataclass', 'class P:', '    x: int', 'P(1)'].join('\n'));
    expect([...program.frameLines.get('P')!].sort()).toEqual([2, 3, 4]);
    expect([...program.flow!.entry('P')!].sort()).toEqual([2, 3, 4]);
  });
});

describe('constrained decoding keeps steps among the lines the program can reach', () => {
  const program = new ProgramInfo(loop.join('\n') + '\n' + 'print(total([1, 2]))\n');
  const tables = new GrammarTables(program);
  const at = (line: number): FrameView[] => [
    { name: '<module>', line: 10, key: 0, locals: {} },
    { name: 'total', line, key: 1, locals: {} },
  ];
  const refused = (action: Action, old: FrameView[], stack: string, breakpoints: number[] = []): boolean =>
    refusal(new StopGrammar(tables, old, undefined, { action, breakpoints }), ['<|line|>', stack, '<|eos|>']) !== undefined;

  it.each(['step_over', 'step_into'] as const)('%s from the end of a loop body goes to the header only', (action) => {
    expect(refused(action, at(8), ' :3')).toBe(false);
    expect(refused(action, at(8), ' :9')).toBe(true);
  });
  it('never leaves the top frame of a line stop on its line after a step, unless it calls or returns', () => {
    expect(refused('step_over', at(2), ' :2')).toBe(true);
    expect(refused('step_into', at(2), ' :2 total:2')).toBe(false); // a recursive call from line 2
    const step = { action: 'step_into', breakpoints: [] } as const;
    expect(refusal(new StopGrammar(tables, at(9), undefined, step), ['<|ret|>', ' :9', '<|rv|>', '3', '<|eos|>'])).toBeUndefined();
  });
  it('never leaves decoding without a way on, even where the flow offers no line', () => {
    // past the last statement only the exit can come; a line stop is still writable
    const last = new GrammarTables(new ProgramInfo('print(1)\n'));
    const g = new StopGrammar(last, [{ name: '<module>', line: 1, key: 0, locals: {} }], undefined, { action: 'step_over', breakpoints: [] });
    expect(refusal(g, ['<|line|>', ' :1', '<|eos|>'])).toBeUndefined();
  });
  it('lets continue and stepping back go anywhere in the function', () => {
    expect(refused('continue', at(8), ' :9', [9])).toBe(false);
    expect(refused('back_over', at(8), ' :2')).toBe(false);
  });
  it('lets a step out run on to any line of the top frame (a breakpoint may stop it there)', () => {
    expect(refused('step_out', at(2), ' :9', [9])).toBe(false);
  });
  it('enters a call on a step over or a continue only by a breakpoint', () => {
    const module: FrameView[] = [{ name: '<module>', line: 10, key: 0, locals: {} }];
    expect(refused('step_over', module, ' :10 total:8')).toBe(true);
    expect(refused('step_over', module, ' :10 total:8', [8])).toBe(false);
    expect(refused('continue', module, ' :10 total:8')).toBe(true); // without breakpoints a continue never stops on a line
    expect(refused('continue', module, ' :10 total:8', [8])).toBe(false);
  });
  it('starts a new frame of a step into on its first line', () => {
    const module: FrameView[] = [{ name: '<module>', line: 10, key: 0, locals: {} }];
    expect(refused('step_into', module, ' :10 total:2')).toBe(false);
    expect(refused('step_into', module, ' :10 total:8')).toBe(true);
    expect(refused('continue', module, ' :10 total:8', [8])).toBe(false); // a breakpoint
  });
});

describe("a frame's locals are names of its own scope", () => {
  const source = ['LIMIT = 3', 'def make(limit):', '    def op(s):', "        return f'{limit}-{s}'", '    return op', 'print(make(LIMIT)("a"))'].join('\n');
  const tables = new GrammarTables(new ProgramInfo(source));
  const module: FrameView[] = [{ name: '<module>', line: 6, key: 0, locals: { LIMIT: '3' } }];
  const stop = (stack: string, local: string): string[] => ['<|line|>', stack, '<|v|>', local, '<|eos|>'];
  const refused = (old: FrameView[], segs: string[]): boolean => refusal(new StopGrammar(tables, old), segs) !== undefined;

  it('knows the names each frame can hold, free variables in f-strings included', () => {
    const program = new ProgramInfo(source);
    expect([...program.names.ofFrame('op')!].sort()).toEqual(['limit', 'op', 's']);
    expect(program.names.ofFrame('<module>')!.has('s')).toBe(false);
    expect([...program.names.atEntry('make')!]).toEqual(['limit']);
    expect(program.names.atEntry('op')).toBeUndefined(); // nested: may start with free variables
  });
  it('does not take attributes, keyword arguments or names only read for variables', () => {
    const program = new ProgramInfo(['import os.path', 'p = os.path.join(a, sep=b)', 'def f(sep=1):', '    return sep'].join('\n'));
    expect([...program.names.ofFrame('<module>')!].sort()).toEqual(['f', 'os', 'p']);
    expect([...program.names.atEntry('f')!]).toEqual(['sep']);
  });
  it('knows every way a statement binds a name, and what binds none', () => {
    const source = [
      'import a.b as c, d',
      'from m import (x, y as z)',
      'p, *q = r = [1, 2]; s += 1',
      't: int = 0',
      'u[i] = v.w = f(k=1).g = 3',
      'for (e1, e2) in pairs: h >>= 1',
      'with open(f) as fh, open(g) as (g1, g2):',
      '    pass',
      'try:',
      '    if (n := len(q)) >= 2 and n == 2: pass',
      'except ValueError as err:',
      '    squares = [sq * sq for sq in q]',
      'key = lambda kk=1: kk',
      'class K:',
      '    attr = 1',
      '    def m(self, arg):',
      '        local = arg',
      '        global G',
    ].join('\n');
    const names = new ProgramInfo(source).names;
    expect([...names.ofFrame('<module>')!].sort()).toEqual(
      ['G', 'K', 'c', 'd', 'e1', 'e2', 'err', 'fh', 'g1', 'g2', 'h', 'key', 'n', 'p', 'q', 'r', 's', 'sq', 'squares', 't', 'x', 'z'],
    );
    expect([...names.ofFrame('K')!].sort()).toEqual(['attr', 'm']);
    expect([...names.ofFrame('m')!].sort()).toEqual(['G', 'arg', 'local', 'self']);
    expect([...names.boundFrom(3)!].sort()).toEqual(['G', 'p', 'q', 'r', 's']);
  });
  it("binds a generator expression's targets in its own frame only (list comprehensions: in the function's too, as Python 3.12)", () => {
    const names = new ProgramInfo(['total = sum(g * 2 for g in range(3))', 'squares = [s * s for s in range(3)]'].join('\n')).names;
    expect([...names.ofFrame('<module>')!].sort()).toEqual(['s', 'squares', 'total']);
    expect([...names.boundFrom(1)!].sort()).toEqual(['g', 'total']);
  });
  it('lets every name a scope mentions be a variable where a program can make variables by name', () => {
    const names = new ProgramInfo(['def f():', "    exec('y = 1')", '    return y'].join('\n')).names;
    expect([...names.ofFrame('f')!].sort()).toEqual(['exec', 'y']);
  });
  it('refuses a local of one function in another frame', () => {
    expect(refused(module, stop(' :6 make:3', 'limit=3'))).toBe(false);
    expect(refused(module, stop(' :6 make:3', 'LIMIT=3'))).toBe(true);
    expect(refused([{ name: '<module>', line: 1, key: 0, locals: {} }], stop(' :2', 'limit=3'))).toBe(true);
  });
});

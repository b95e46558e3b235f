import * as fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStop, type FrameView } from '../../model-runtime/codec.js';
import { ACTION_TOKENS } from '../../model-runtime/format.js';
import type { Action } from '../../model-runtime/stop.js';
import { GrammarTables, StopGrammar } from '../../model-runtime/grammar.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import { isWellFormedValue } from '../../model-runtime/value-syntax.js';
import { goldenCases } from './helpers.js';
import { refusal } from './grammar-feed.js';

const ACTION_BY_TOKEN = new Map(Object.entries(ACTION_TOKENS).map(([a, t]) => [t, a as Action]));

/** Every stop of a rendered trajectory must pass the grammar (with the previous frames, and
 * the action that led to it when known: the step limits of flow.ts). */
function checkTrajectory(source: string, stops: string[][], actions?: (Action | undefined)[], breakpoints: number[] = []): void {
  const tables = new GrammarTables(new ProgramInfo(source));
  let frames: FrameView[] = [];
  let key = 0;
  stops.forEach((segs, i) => {
    const action = actions?.[i];
    const step = action && { action, breakpoints };
    expect(refusal(new StopGrammar(tables, frames, undefined, step), segs)).toBeUndefined();
    frames = parseStop(segs, frames, () => key++).frames;
  });
}

describe('the stop grammar accepts real stops', () => {
  it.each(goldenCases().map((c) => [c.name, c] as const))('golden %s', (_, c) => {
    const steps = c.segments.slice(1);
    const actions = steps.map((s) => ACTION_BY_TOKEN.get(s[0]!));
    expect(actions.every((a) => a !== undefined)).toBe(true);
    checkTrajectory(c.source, steps.map((s) => s.slice(1)), actions, c.breakpoints);
  });

  // A larger corpus of rendered trajectories (a JSON list of {source, stops}), when provided.
  const corpus = process.env.NDB_TRAJECTORIES;
  it.runIf(corpus !== undefined)('trajectories in NDB_TRAJECTORIES', () => {
    const trajs = JSON.parse(fs.readFileSync(corpus!, 'utf8')) as { source: string; stops: string[][] }[];
    for (const t of trajs) checkTrajectory(t.source, t.stops);
  });
});

describe('the stop grammar refuses malformed stops', () => {
  const program = new ProgramInfo('def f(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n');
  const tables = new GrammarTables(program);
  const old: FrameView[] = [{ name: 'f', line: 2, key: 0, locals: { xs: '[1]' } }];
  const refused = (segs: string[]): boolean => refusal(new StopGrammar(tables, old), segs) !== undefined;

  it('accepts a plain step', () => {
    expect(refused(['<|line|>', ' :3', '<|v|>', 't=0', '<|eos|>'])).toBe(false);
  });
  it.each([
    ['a line the program does not have', ['<|line|>', ' :9', '<|eos|>']],
    ['a frame name it does not define', ['<|line|>', ' :3 g:2', '<|eos|>']],
    ['a variable it never mentions', ['<|line|>', ' :3', '<|v|>', 'zz=1', '<|eos|>']],
    ['an unbalanced value', ['<|line|>', ' :3', '<|v|>', 't=[1, 2', '<|eos|>']],
    ['a deleted name the frame never had', ['<|line|>', ' :3', '<|del|>', 't', '<|eos|>']],
    ['a return without its value', ['<|ret|>', ' :3', '<|eos|>']],
    ['an exception stop without its exception', ['<|exc|>', ' :3', '<|eos|>']],
    ['parts out of order', ['<|ret|>', ' :3', '<|v|>', 't=1', '<|rv|>', '1', '<|eos|>']],
    ['a stack that continues a frame that does not exist', ['<|line|>', ' :3 :4', '<|eos|>']],
    ['the same variable twice', ['<|line|>', ' :3', '<|v|>', 't=1', '<|v|>', 't=2', '<|eos|>']],
    ['locals at the exit', ['<|exit|>', '<|v|>', 't=1', '<|eos|>']],
    ['a frame index without a lower frame', ['<|line|>', ' :3', '<|f|>', '0', '<|v|>', 't=1', '<|eos|>']],
    ['a special token spelled in text', ['<|line|>', ' :3', '<|v|>', "t='<|eos|>'", '<|eos|>']],
  ])('refuses %s', (_, segs) => {
    expect(refused(segs)).toBe(true);
  });
});

describe('value syntax', () => {
  it.each(["[1, (2, 3)]", "{'a': '])'}", '"it\'s"', 'Point(x=1, y=2)', '<generator object gen>', "'" + 'x'.repeat(96) + '...'])(
    'accepts %s',
    (v) => expect(isWellFormedValue(v)).toBe(true),
  );
  it.each(['[1, 2', '(1]', "'abc", '', 'a\nb', 'x'.repeat(101), "'it\\'s'", '[1,2]', '08'])('refuses %j', (v) => expect(isWellFormedValue(v)).toBe(false));
});

describe('a frame stands on a line of its own function', () => {
  const source = [
    'class C:', // 1
    '    """C."""', // 2
    '    def m(self, x):', // 3
    '        return x + 1', // 4
    'def g(y):', // 5
    '    def h():', // 6
    '        return y', // 7
    '    return h()', // 8
    'print(g(C().m(1)))', // 9
  ].join('\n');
  const program = new ProgramInfo(source);
  const module: FrameView[] = [{ name: '<module>', line: 9, key: 0, locals: {} }];
  const refused = (old: FrameView[], segs: string[]): boolean =>
    refusal(new StopGrammar(new GrammarTables(program), old), segs) !== undefined;

  it('knows which lines each frame name can stand on', () => {
    const sorted = (name: string): number[] => [...program.frameLines.get(name)!].sort((a, b) => a - b);
    expect(sorted('<module>')).toEqual([1, 5, 9]);
    expect(sorted('C')).toEqual([1, 2, 3]);
    expect(sorted('m')).toEqual([3, 4]);
    expect(sorted('g')).toEqual([5, 6, 8]);
    expect(sorted('h')).toEqual([6, 7]);
    expect(program.frameLines.has('<listcomp>')).toBe(false);
  });
  it('accepts frames on their own lines', () => {
    expect(refused(module, ['<|line|>', ' :9 g:6', '<|v|>', 'y=2', '<|eos|>'])).toBe(false);
    expect(refused(module, ['<|line|>', ' :9 m:4', '<|eos|>'])).toBe(false);
  });
  it.each([
    ['a new frame on a line of another function', ['<|line|>', ' :9 g:4', '<|eos|>']],
    ['a new frame on a line of a function nested in it', ['<|line|>', ' :9 g:7', '<|eos|>']],
    ['a continuing frame moved into a function body', ['<|line|>', ' :4', '<|eos|>']],
  ])('refuses %s', (_, segs) => {
    expect(refused(module, segs)).toBe(true);
  });
});

describe('a stop the source fixes', () => {
  const program = new ProgramInfo('def area(w, h=2, *rest, **opts):\n    return w * h\n');
  const tables = new GrammarTables(program);
  const known = { stack: ' area:2', names: ['w', 'h', 'rest', 'opts'] };
  const refused = (segs: string[]): boolean => refusal(new StopGrammar(tables, [], known), segs) !== undefined;
  const vars = (...pairs: string[]): string[] => pairs.flatMap((p) => ['<|v|>', p]);

  it('accepts its parameters in order, whatever their values', () => {
    expect(refused(['<|line|>', ' area:2', ...vars('w=3', 'h=2', 'rest=()', 'opts={}'), '<|eos|>'])).toBe(false);
  });
  it.each([
    ['a parameter left out', ['<|line|>', ' area:2', ...vars('w=3', 'h=2', 'rest=()'), '<|eos|>']],
    ['parameters out of order', ['<|line|>', ' area:2', ...vars('h=2', 'w=3', 'rest=()', 'opts={}'), '<|eos|>']],
    ['another stack', ['<|line|>', ' area:1', ...vars('w=3', 'h=2', 'rest=()', 'opts={}'), '<|eos|>']],
    ['a frame switch', ['<|line|>', ' area:2', '<|f|>', '0', '<|eos|>']],
  ])('refuses %s', (_, segs) => {
    expect(refused(segs)).toBe(true);
  });
  it('forces the next parameter name', () => {
    const g = new StopGrammar(tables, [], known);
    expect(refusal(g, ['<|line|>', ' area:2', '<|v|>'])).toMatch(/not finished/);
    expect(g.forced(['<|eos|>'])).toEqual({ text: 'w' });
  });
});

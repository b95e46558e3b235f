// The verdict of a predicted stop against the real one: pure, no model or debugpy.
import { describe, expect, it } from 'vitest';
import type { StopState } from '../../model-runtime/stop';
import { COMPONENTS, compareStops, componentText, isCompared } from '../../adapter/compare/verdict';

const base: StopState = {
  kind: 'line',
  stack: [
    { name: '<module>', line: 10, locals: { grades: "{'ada': [90, 85]}", name: "'ada'" } },
    { name: 'average', line: 3, locals: { scores: '[90, 85]', total: '0' } },
  ],
  value: null,
  exception: null,
  stdout: '',
};

const clone = (s: StopState): StopState => structuredClone(s);
function edited(edit: (s: StopState) => void, from: StopState = base): StopState {
  const s = clone(from);
  edit(s);
  return s;
}

describe('compareStops', () => {
  it('matches a stop with itself; value and exception are not compared when neither side has one', () => {
    const v = compareStops(clone(base), base);
    expect(v.match).toBe(true);
    expect(v.components).toEqual({ kind: true, line: true, stack: true, locals: true, value: null, exception: null, stdout: true });
    expect(v.variables).toHaveLength(4);
    expect(v.variables.every((x) => x.match)).toBe(true);
  });

  it('marks each differing component, and only that one', () => {
    const cases: [string, StopState, string[]][] = [
      ['kind', edited((s) => (s.kind = 'exception')), ['kind']],
      ['line', edited((s) => (s.stack[1]!.line = 4)), ['line', 'stack']],
      ['outer line', edited((s) => (s.stack[0]!.line = 11)), ['stack']],
      ['name', edited((s) => (s.stack[1]!.name = 'f')), ['stack']],
      ['stdout', edited((s) => (s.stdout = 'ada 87.5\n')), ['stdout']],
      ['a value', edited((s) => (s.stack[1]!.locals.total = '90')), ['locals']],
    ];
    for (const [what, predicted, wrong] of cases) {
      const v = compareStops(predicted, base);
      const failed = COMPONENTS.filter((c) => v.components[c] === false);
      expect(failed, what).toEqual(wrong);
      expect(v.match, what).toBe(false);
    }
  });

  it('counts missing and extra variables as mismatches, per frame', () => {
    const predicted = edited((s) => {
      delete s.stack[1]!.locals.total;
      s.stack[1]!.locals.s = '90';
      s.stack[0]!.locals.total = '0'; // right value, wrong frame
    });
    const v = compareStops(predicted, base);
    expect(v.components.locals).toBe(false);
    const wrong = v.variables.filter((x) => !x.match).map((x) => `${x.frame}.${x.name}`);
    expect(wrong.sort()).toEqual(['0.total', '1.s', '1.total']);
    expect(v.variables.filter((x) => x.match)).toHaveLength(3);
  });

  it('compares the return value only where either side has one', () => {
    const ret = edited((s) => {
      s.kind = 'return';
      s.stack.pop();
      s.value = '87.5';
    });
    expect(compareStops(clone(ret), ret).components.value).toBe(true);
    expect(compareStops(edited((s) => (s.value = '87')), ret).components.value).toBe(false);
    expect(compareStops(edited((s) => (s.value = '1')), base).components.value).toBe(false); // only the prediction has one
  });

  it('ignores the exception at a real return stop (debugpy does not show it), compares it elsewhere', () => {
    const realReturn = edited((s) => {
      s.kind = 'return';
      s.value = 'None';
    });
    const raisedReturn = edited((s) => (s.exception = ['ValueError', 'bad']), realReturn);
    const v = compareStops(raisedReturn, realReturn);
    expect(v.components.exception).toBeNull();
    expect(v.match).toBe(true);

    const realException = edited((s) => {
      s.kind = 'exception';
      s.exception = ['ValueError', 'bad'];
    });
    expect(compareStops(clone(realException), realException).components.exception).toBe(true);
    expect(compareStops(edited((s) => (s.exception = ['ValueError', 'worse']), realException), realException).components.exception).toBe(false);
    expect(compareStops(base, realException).components.exception).toBe(false);
  });

  it('a missing prediction matches nothing', () => {
    const v = compareStops(null, base);
    expect(v.match).toBe(false);
    for (const c of COMPONENTS) expect(v.components[c]).toBe(isCompared(c, null, base) ? false : null);
    expect(v.variables.map((x) => x.match)).toEqual([false, false, false, false]);
  });

  it('a component is ✓ exactly when its canonical texts are equal (random pairs)', () => {
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const mutations: ((s: StopState) => void)[] = [
      (s) => (s.kind = (['line', 'return', 'exception', 'exit'] as const)[rnd(4)]!),
      (s) => s.stack.length > 0 && (s.stack[s.stack.length - 1]!.line = 1 + rnd(4)),
      (s) => s.stack.length > 0 && (s.stack[rnd(s.stack.length)]!.locals[['a', 'total', 'name'][rnd(3)]!] = String(rnd(3))),
      (s) => s.stack.length > 0 && delete s.stack[rnd(s.stack.length)]!.locals.total,
      (s) => s.stack.pop(),
      (s) => s.stack.push({ name: 'f', line: 1 + rnd(3), locals: rnd(2) ? {} : { x: '1' } }),
      (s) => (s.value = rnd(2) ? null : String(rnd(3))),
      (s) => (s.exception = rnd(2) ? null : ['E', String(rnd(2))]),
      (s) => (s.stdout = ['', 'a\n', 'b'][rnd(3)]!),
    ];
    const mutate = (s: StopState): StopState => edited((x) => {
      for (let i = rnd(4); i > 0; i--) mutations[rnd(mutations.length)]!(x);
    }, s);
    for (let i = 0; i < 2000; i++) {
      const real = mutate(base);
      const predicted = mutate(rnd(3) ? real : base);
      const v = compareStops(predicted, real);
      for (const c of COMPONENTS) {
        const expected = isCompared(c, predicted, real) ? componentText(predicted, c) === componentText(real, c) : null;
        expect(v.components[c]).toBe(expected);
      }
      expect(v.match).toBe(COMPONENTS.every((c) => v.components[c] !== false));
      expect(v.components.locals).toBe(v.variables.every((x) => x.match));
    }
  });
});

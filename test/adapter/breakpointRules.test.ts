// What a neural-mode breakpoint decides at a predicted hit, on stops written out by hand.
import { describe, expect, it } from 'vitest';
import { BreakpointRules, settingsProblem, type BreakpointSettings } from '../../adapter/breakpointRules';
import type { StopState } from '../../model-runtime/index';

const stopAt = (line: number, locals: Record<string, string>, globals: Record<string, string> = {}): StopState => ({
  kind: 'line',
  stack: [{ name: '<module>', line: 9, locals: globals }, { name: 'f', line, locals }],
  value: null,
  exception: null,
  stdout: '',
});

function decisions(settings: BreakpointSettings, stops: StopState[]): { stops: boolean; output: string[] }[] {
  const rules = new BreakpointRules();
  rules.set([settings]);
  return stops.map((s) => rules.decide(s));
}

describe('breakpoint rules', () => {
  const hits = [1, 2, 3, 4, 5, 6].map((n) => stopAt(3, { n: String(n), w: n % 2 ? "'a'" : "'b'" }, { LIMIT: '4' }));
  const stopped = (settings: BreakpointSettings): number[] =>
    decisions(settings, hits).flatMap((d, i) => (d.stops ? [i + 1] : []));

  it('a condition is evaluated in the hit frame, globals from the module', () => {
    expect(stopped({ line: 3, condition: "w == 'b'" })).toEqual([2, 4, 6]);
    expect(stopped({ line: 3, condition: 'n >= LIMIT' })).toEqual([4, 5, 6]);
    expect(stopped({ line: 3 })).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it.each([
    ['3', [3]],
    ['==2', [2]],
    ['>4', [5, 6]],
    ['>=5', [5, 6]],
    ['<3', [1, 2]],
    ['<=1', [1]],
    ['%2', [2, 4, 6]],
  ])('hit condition %s', (hitCondition, expected) => {
    expect(stopped({ line: 3, hitCondition })).toEqual(expected);
  });

  it('as pydevd: every arrival is a hit; it stops where the hit condition or else the condition holds', () => {
    expect(stopped({ line: 3, condition: "w == 'a'", hitCondition: '2' })).toEqual([1, 2, 3, 5]);
    expect(stopped({ line: 3, condition: 'False', hitCondition: '>4' })).toEqual([5, 6]);
  });

  it('a logpoint prints and never stops; {{ }} are braces', () => {
    const out = decisions({ line: 3, logMessage: '{{n}} = {n}, {w.upper()}, {missing}' }, hits.slice(0, 2));
    expect(out.map((d) => d.stops)).toEqual([false, false]);
    expect(out.map((d) => d.output)).toEqual([
      ["{n} = 1, A, <missing: NameError: name 'missing' is not defined>"],
      ["{n} = 2, B, <missing: NameError: name 'missing' is not defined>"],
    ]);
  });

  it('a condition that fails on the predicted state does not stop (as under debugpy) and says why', () => {
    const [d] = decisions({ line: 3, condition: 'n / 0 > 1' }, hits.slice(0, 1));
    expect(d).toEqual({ stops: false, output: [expect.stringMatching(/condition n \/ 0 > 1 at line 3 could not be evaluated on the predicted state, so it does not stop there: ZeroDivisionError/)] });
  });

  it('a stop on another line is not its business', () => {
    expect(decisions({ line: 3, condition: 'False' }, [stopAt(4, {})])[0]!.stops).toBe(true);
  });

  it('settingsProblem names what cannot work', () => {
    expect(settingsProblem({ line: 1, condition: 'n >' })).toMatch(/SyntaxError/);
    expect(settingsProblem({ line: 1, hitCondition: '%0' })).toMatch(/divides by zero/);
    expect(settingsProblem({ line: 1, condition: 'n > 1', hitCondition: ' >= 2 ', logMessage: 'n={n}' })).toBeNull();
  });
});

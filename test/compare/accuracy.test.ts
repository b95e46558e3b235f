// Running accuracy: counts add up, interrupted steps are left out, the shadow feeds "without resync".
import { describe, expect, it } from 'vitest';
import type { StopState } from '../../model-runtime/stop';
import { addRecord, addVerdict, emptyFigures, emptySummary, rate } from '../../adapter/compare/accuracy';
import type { ComparisonRecord } from '../../adapter/compare/record';
import { COMPONENTS, compareStops } from '../../adapter/compare/verdict';

const stop = (line: number, locals: Record<string, string>, extra: Partial<StopState> = {}): StopState => ({
  kind: 'line',
  stack: [{ name: '<module>', line, locals }],
  value: null,
  exception: null,
  stdout: '',
  ...extra,
});

function record(predicted: StopState | null, real: StopState, extra: Partial<ComparisonRecord> = {}): ComparisonRecord {
  return {
    index: 0,
    action: 'step_over',
    predicted,
    real,
    verdict: compareStops(predicted, real),
    confidence: null,
    resynced: false,
    predictionError: null,
    interrupted: null,
    shadow: null,
    ...extra,
  };
}

describe('accuracy', () => {
  it('adds verdicts up per component, per variable and overall', () => {
    const pairs: [StopState | null, StopState][] = [
      [stop(1, { a: '1' }), stop(1, { a: '1' })],
      [stop(2, { a: '1' }), stop(3, { a: '2', b: '3' })],
      [null, stop(4, {})],
      [stop(5, {}, { kind: 'return', value: '1' }), stop(5, {}, { kind: 'return', value: '1' })],
      [stop(6, {}, { stdout: 'x' }), stop(6, {})],
    ];
    const figures = emptyFigures();
    const verdicts = pairs.map(([p, r]) => compareStops(p, r));
    for (const v of verdicts) addVerdict(figures, v);
    expect(figures.overall).toEqual({ total: 5, correct: verdicts.filter((v) => v.match).length });
    expect(figures.overall.correct).toBe(2);
    for (const c of COMPONENTS) {
      const compared = verdicts.filter((v) => v.components[c] !== null);
      expect(figures.components[c]).toEqual({ total: compared.length, correct: compared.filter((v) => v.components[c]).length });
    }
    expect(figures.components.value).toEqual({ total: 1, correct: 1 });
    expect(figures.components.line).toEqual({ total: 5, correct: 3 });
    expect(figures.variables).toEqual({ total: 3, correct: 1 });
    expect(rate(figures.components.exception)).toBeNull();
    expect(rate(figures.overall)).toBeCloseTo(0.4);
  });

  it('leaves interrupted steps out and counts the shadow prediction without resync', () => {
    const real = stop(2, { a: '1' });
    const summary = emptySummary();
    addRecord(summary, record(real, real)); // no shadow: the same prediction counts in both
    addRecord(summary, record(stop(9, {}), real, { interrupted: 'pause' }));
    const shadow = { predicted: stop(3, {}), confidence: 0.5, predictionError: null, verdict: compareStops(stop(3, {}), real) };
    addRecord(summary, record(real, real, { resynced: true, shadow }));
    expect(summary.withResync.overall).toEqual({ total: 2, correct: 2 });
    expect(summary.withoutResync.overall).toEqual({ total: 2, correct: 1 });
    expect(summary.withoutResync.components.line).toEqual({ total: 2, correct: 1 });
  });
});

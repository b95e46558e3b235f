import { describe, expect, it } from 'vitest';
import type { NeuralStopEventBody } from '../../adapter/protocol';
import { emptySummary, addRecord } from '../../adapter/compare/accuracy';
import type { ComparisonRecord } from '../../adapter/compare/record';
import { compareStops } from '../../adapter/compare/verdict';
import type { StopState } from '../../model-runtime/stop';
import { SessionTrack } from '../../extension/panel/sessionTrack';

const stop = (line: number, locals: Record<string, string> = {}, kind: StopState['kind'] = 'line'): StopState => ({
  kind,
  stack: kind === 'exit' ? [] : [{ name: '<module>', line, locals }],
  value: null,
  exception: null,
  stdout: '',
});

function neural(s: StopState, index: number, length: number, extra: Partial<NeuralStopEventBody> = {}): NeuralStopEventBody {
  return {
    stop: s, reason: 'step', request: 'next', action: 'step_over', origin: 'predicted', replayed: false,
    confidence: 0.5, minTokenProb: 0.1, ms: 3, history: { index, length }, ...extra,
  };
}

describe('SessionTrack, neural mode', () => {
  it('builds the timeline from the history positions and shows the current stop', () => {
    const t = new SessionTrack('s', 'neural');
    t.onNeuralStop(neural(stop(1), 0, 1, { reason: 'entry', request: 'launch' }));
    t.onNeuralStop(neural(stop(2, { x: '1' }), 1, 2));
    t.onNeuralStop(neural(stop(1), 0, 2, { request: 'stepBack', replayed: true }));
    const v = t.view();
    expect(v.timeline.map((i) => i.label)).toEqual(['1', '2']);
    expect(v.current).toBe(0);
    expect(v.real).toBeNull();
    expect(v.predicted?.title).toBe('line 1');
    expect(v.timeline[1]!.verdict).toBe('none');
  });

  it('puts a stop predicted before the first one (step back at the start) in front', () => {
    const t = new SessionTrack('s', 'neural');
    t.onNeuralStop(neural(stop(5), 0, 1, { reason: 'entry', request: 'launch' }));
    t.onNeuralStop(neural(stop(4), 0, 2, { request: 'stepBack' }));
    expect(t.view().timeline.map((i) => i.label)).toEqual(['4', '5']);
  });

  it('ends at the exit', () => {
    const t = new SessionTrack('s', 'neural');
    t.onNeuralStop(neural(stop(0, {}, 'exit'), 0, 1, { reason: 'exit' }));
    expect(t.view().status).toBe('ended');
    expect(t.view().timeline[0]!.label).toBe('end');
  });
});

describe('SessionTrack, compare mode', () => {
  function record(index: number, predicted: StopState, real: StopState): ComparisonRecord {
    return { index, action: index === 0 ? 'start' : 'step_over', predicted, real, verdict: compareStops(predicted, real), confidence: 0.9, resynced: false, predictionError: null, interrupted: null, shadow: null };
  }

  it('marks each variable and frame against the real stop, and keeps the running accuracy', () => {
    const t = new SessionTrack('c', 'compare');
    const accuracy = emptySummary();
    const r0 = record(0, stop(1), stop(1));
    addRecord(accuracy, r0);
    t.onComparison({ record: r0, accuracy: structuredClone(accuracy), history: { index: 0, length: 1 } });
    const r1 = record(1, stop(2, { x: '1', y: '2' }), stop(2, { x: '1', z: '3' }));
    addRecord(accuracy, r1);
    t.onComparison({ record: r1, accuracy: structuredClone(accuracy), history: { index: 1, length: 2 } });
    const v = t.view();
    expect(v.timeline.map((i) => i.verdict)).toEqual(['match', 'mismatch']);
    expect(v.accuracy?.withResync).toEqual({ correct: 1, total: 2 });
    expect(v.predicted?.frames[0]?.locals).toEqual([
      { name: 'x', value: '1', match: true },
      { name: 'y', value: '2', match: false },
      { name: 'z', value: null, match: false },
    ]);
    expect(v.real?.frames[0]?.locals.map((l) => [l.name, l.match])).toEqual([['x', true], ['z', false], ['y', false]]);
    expect(v.components?.find((c) => c.name === 'locals')?.match).toBe(false);
    expect(v.components?.find((c) => c.name === 'line')?.match).toBe(true);
    expect(t.runningAccuracy).toEqual({ correct: 1, total: 2 });
  });
});

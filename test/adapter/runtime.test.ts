/**
 * NeuralRuntime with the real predictor, below DAP: replay without model calls, the model's
 * inverse before the history, edits the next prediction sees, the continue guard, the history
 * bound. Model calls are counted by spying on PredictorSession.step (the real one runs).
 */
import * as fs from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BreakpointRules } from '../../adapter/breakpointRules.js';
import { DEFAULT_LIMITS, NeuralRuntime, type Arrival } from '../../adapter/neuralRuntime.js';
import { loadPredictor, PredictorSession, type Predictor, type StopState } from '../../model-runtime/index.js';
import { fixture, requireModelDir } from './harness.js';

const SHAPES = fs.readFileSync(fixture('shapes.py'), 'utf8');
const LOOP = fs.readFileSync(fixture('loop.py'), 'utf8');
const COUNTING = fs.readFileSync(fixture('counting.py'), 'utf8');

let predictor: Predictor;
const steps = vi.spyOn(PredictorSession.prototype, 'step');

beforeAll(async () => {
  predictor = await loadPredictor({ modelDir: requireModelDir() });
});

afterEach(() => steps.mockClear());

afterAll(async () => {
  steps.mockRestore();
  await predictor?.dispose();
});

async function started(source = SHAPES, limits = {}): Promise<{ runtime: NeuralRuntime; first: Arrival }> {
  const runtime = new NeuralRuntime(predictor, { source }, { ...DEFAULT_LIMITS, ...limits });
  const first = await runtime.start(true);
  if (first.entry.predicted.stop.kind === 'exit') throw new Error('the model predicted that the program ends at once; these tests need a first stop');
  return { runtime, first };
}

/** Forward steps that each add a stop (a move the model cannot predict stays put). */
async function walk(runtime: NeuralRuntime, n: number): Promise<void> {
  for (let i = 0; i < n && !runtime.ended; i++) await runtime.forward(i % 2 ? 'step_into' : 'step_over');
}

describe('NeuralRuntime', () => {
  it('replays its history exactly, without a model call, both ways', async () => {
    const { runtime } = await started();
    await walk(runtime, 4);
    const { length } = runtime.position;
    const history = Array.from({ length }, (_, i) => i);
    const entries = [];
    for (const i of history.reverse()) {
      expect(runtime.position.index).toBe(i);
      entries[i] = runtime.current;
      if (i > 0) expect((await runtime.stepBack()).replayed).toBe(true);
    }
    steps.mockClear();
    for (let i = 1; i < length; i++) {
      // whatever the action: the next stop of the history
      const a = await runtime.forward(i % 2 ? 'step_out' : 'step_into');
      expect(a.replayed).toBe(true);
      expect(runtime.position.index).toBe(i);
      expect(runtime.current).toBe(entries[i]);
    }
    expect(steps).not.toHaveBeenCalled();
  });

  it('keeps at most maxHistory stops, in its history and in the predictor sessions', async () => {
    const { runtime } = await started(SHAPES, { maxHistory: 2 });
    steps.mockClear();
    await walk(runtime, 5);
    expect(runtime.position.length).toBeLessThanOrEqual(2);
    const sessions = new Set(steps.mock.contexts as PredictorSession[]);
    expect(sessions.size).toBeGreaterThan(1);
    for (const s of sessions) expect(s.stops.length).toBeLessThanOrEqual(3);
  });

  it('asks the model for back_over before the first stop of its history', async () => {
    const { runtime } = await started();
    // A variable the program never names: no prediction can equal this stop (constrained
    // decoding writes only names of the source), so the model's answer is a new first stop.
    const frame = runtime.current.predicted.stop.stack.length - 1;
    const first = await runtime.setVariable(frame, 'not_in_source', '7');
    steps.mockClear();
    const back = await runtime.stepBack();
    expect(steps).toHaveBeenCalledTimes(1);
    expect(steps.mock.calls[0]![0]).toBe('back_over');
    expect(back.replayed).toBe(false);
    expect(back.note).toBeUndefined();
    expect(back.entry.predicted.action).toBe('back_over');
    expect(runtime.position).toEqual({ index: 0, length: 2 });
    // forward from the new first stop replays the old one; back again replays the new one
    expect((await runtime.forward('step_over')).entry).toBe(first);
    expect((await runtime.stepBack()).entry).toBe(back.entry);
    expect(steps).toHaveBeenCalledTimes(1);
  });

  it('an edited variable is in the prompt of the next prediction, and the stops after it are dropped', async () => {
    const { runtime } = await started();
    await walk(runtime, 3);
    while (runtime.position.index > 1) await runtime.stepBack();
    const frame = runtime.current.predicted.stop.stack.length - 1;
    const edited = await runtime.setVariable(frame, 'xs', '[40, 2]');
    expect(edited.predicted.origin).toBe('edited');
    expect(runtime.position).toEqual({ index: 1, length: 2 });
    steps.mockClear();
    const next = await runtime.forward('step_over');
    expect(steps).toHaveBeenCalledTimes(1);
    expect(next.replayed).toBe(false);
    expect(runtime.forwardWindowText()).toMatch(/<\|v\|>xs=\[40, 2\][^]*<\|over\|>/);
    expect((await runtime.stepBack()).entry).toBe(edited);
  });

  it('continue stops at a hit, at the end, or after maxContinueSteps predictions', async () => {
    const { runtime } = await started(LOOP, { maxContinueSteps: 3 });
    steps.mockClear();
    const a = await runtime.forward('continue');
    const continues = steps.mock.calls.filter((c) => c[0] === 'continue').length;
    if (a.note) {
      expect(a.note).toMatch(/the model appears to loop: 3 predicted stops/);
      expect(continues).toBe(3);
      expect(a.reason).toBe('pause');
    } else {
      expect(continues).toBeLessThanOrEqual(3);
      expect(a.entry.predicted.stop.kind === 'exit' || ['breakpoint', 'exception'].includes(a.reason)).toBe(true);
    }
    // the passed stops are not in the history
    expect(runtime.position.length).toBe(2);
  });

  it('a cancelled continue ends at the last stop it reached, as a pause', async () => {
    const { runtime } = await started(LOOP, { maxContinueSteps: 1_000_000 });
    const controller = new AbortController();
    const run = runtime.forward('continue', controller.signal);
    await new Promise((r) => setTimeout(r, 200));
    controller.abort();
    const a = await run;
    if (a.reason === 'pause') expect(a.note).toBeUndefined();
    expect(runtime.position.index).toBe(runtime.position.length - 1);
    await expect(runtime.forward('step_over')).resolves.toBeDefined();
  });

  it('function mode: the entry call is in the header of every prediction', async () => {
    const runtime = new NeuralRuntime(predictor, { source: SHAPES, call: 'total([3, 1, 2])' });
    const first = await runtime.start(true);
    expect(first.entry.predicted.action).toBe('step_into');
    if (first.entry.predicted.stop.kind === 'exit') return;
    await runtime.forward('step_over');
    expect(runtime.forwardWindowText()).toContain('<|call|>total([3, 1, 2])');
  });

  it('refuses a second move while one runs', async () => {
    const { runtime } = await started();
    const first = runtime.forward('step_over');
    await expect(runtime.forward('step_over')).rejects.toThrow(/a prediction is running/);
    expect(() => runtime.reverseContinue()).toThrow(/a prediction is running/);
    await first;
  });

  /** The stops the model predicted since the spy was cleared. */
  const predictedStops = async () => Promise.all(steps.mock.results.map((r) => (r.value as Promise<{ stop: StopState }>).then((p) => p.stop, () => null)));
  const onLine3 = (stop: StopState | null): boolean => stop?.kind === 'line' && stop.stack.at(-1)?.line === 3;

  it('a conditional breakpoint ends a continue only where its condition holds on the predicted state', async () => {
    const { runtime } = await started(COUNTING);
    const rules = new BreakpointRules();
    rules.set([{ line: 3, condition: 'i >= 3' }]);
    runtime.setBreakpoints([3], rules);
    for (let k = 0; k < 6 && !runtime.ended; k++) {
      steps.mockClear();
      const a = await runtime.forward('continue');
      const passed = (await predictedStops()).slice(0, -1);
      for (const stop of passed.filter(onLine3)) expect(Number(stop!.stack.at(-1)!.locals.i)).toBeLessThan(3);
      if (a.reason === 'breakpoint') expect(Number(a.entry.predicted.stop.stack.at(-1)!.locals.i)).toBeGreaterThanOrEqual(3);
    }
  });

  it('a logpoint prints its message at each predicted hit, filled from that stop, and never stops', async () => {
    const { runtime } = await started(COUNTING);
    const rules = new BreakpointRules();
    rules.set([{ line: 3, logMessage: 'i={i} next={i + 1}' }]);
    runtime.setBreakpoints([3], rules);
    steps.mockClear();
    const a = await runtime.forward('continue');
    expect(a.reason).not.toBe('breakpoint');
    const hits = (await predictedStops()).filter(onLine3);
    expect(hits.length).toBeGreaterThan(0); // the shipped model predicts at least the first hit
    expect(a.logs).toEqual(hits.map((stop) => {
      const i = Number(stop!.stack.at(-1)!.locals.i);
      return `i=${i} next=${i + 1}`;
    }));
  });

  it('reports a breakpoint hit only for line stops on breakpoint lines', async () => {
    const { runtime } = await started();
    runtime.setBreakpoints([3, 9]);
    const line = (l: number) => ({ kind: 'line' as const, stack: [{ name: 'f', line: l, locals: {} }], value: null, exception: null, stdout: '' });
    expect(runtime.reasonOf(line(9))).toBe('breakpoint');
    expect(runtime.reasonOf(line(4))).toBe('step');
    expect(runtime.reasonOf({ ...line(9), kind: 'return', value: '1' })).toBe('step');
    expect(runtime.reasonOf({ ...line(4), kind: 'exception', exception: ['ValueError', 'x'] })).toBe('exception');
  });
});

// The compare engine on real debugpy and the real predictor (the model under test: any model
// will do, the assertions do not depend on what it predicts).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenOptions, Predictor } from '../../model-runtime/predictor';
import type { ProgramSpec } from '../../model-runtime/session';
import type { ForwardAction, StopState } from '../../model-runtime/stop';
import type { ComparisonRecord } from '../../adapter/compare/record';
import { compareStops } from '../../adapter/compare/verdict';
import { realStops } from '../debugpy/helpers';
import { comparePredictor, example, fixture, processesWithMarker, run, snapshotText, startLockstep, waitUntil } from './helpers';

const MARKER = `NDB_COMPARE_${randomUUID()}`;
let predictor: Predictor;

beforeAll(async () => {
  predictor = await comparePredictor();
  process.env[MARKER] = '1'; // inherited by every process the sessions spawn
});
afterAll(async () => {
  delete process.env[MARKER];
  await predictor?.dispose();
});

const ACTIONS: ForwardAction[] = ['step_into', 'step_into', 'step_into', 'step_over', 'step_into', 'step_out', 'step_over', 'step_over', 'continue'];

/** What any comparison history must satisfy, whatever the model predicts. */
function checkHistory(records: readonly ComparisonRecord[]): void {
  records.forEach((r, i) => {
    expect(r.index).toBe(i);
    expect(r.verdict).toEqual(compareStops(r.predicted, r.real));
    expect(r.predicted === null).toBe(r.predictionError !== null);
    if (r.shadow) expect(r.shadow.verdict).toEqual(compareStops(r.shadow.predicted, r.real));
  });
  expect(records[0]?.action).toBe('start');
}

describe('lockstep on real debugpy', () => {
  it.each(['classroom.py', 'inventory.py'])('compares %s stop by stop; the real side is what debugpy alone shows', async (name) => {
    const program = example(name);
    const alone = realStops({ program, actions: ACTIONS }); // meanwhile (past the exit it repeats the exit)
    const session = await startLockstep({ program, predictor });
    try {
      await run(session, ACTIONS);
      const records = session.records;
      checkHistory(records);
      const actions = records.slice(1).map((r) => r.action);
      expect(actions).toEqual(ACTIONS.slice(0, actions.length));
      expect(records.map((r) => r.real)).toEqual((await alone).slice(0, records.length));
      const { withResync, withoutResync } = session.accuracy;
      for (const figures of [withResync, withoutResync]) {
        expect(figures.overall.total).toBe(records.length);
        expect(figures.components.kind.total).toBe(records.length);
      }
      expect(withResync.overall.correct).toBe(records.filter((r) => r.verdict.match).length);
      expect(withoutResync.overall.correct).toBe(records.filter((r) => (r.shadow ?? r).verdict.match).length);
    } finally {
      session.dispose();
    }
  });

  it('reports a syntax error clearly and leaves nothing running', async () => {
    await expect(startLockstep({ program: fixture('syntax_error.py'), predictor })).rejects.toThrow(/SyntaxError in .*syntax_error\.py at line 3: expected ':'/);
    await expect(startLockstep({ program: fixture('missing.py'), predictor })).rejects.toThrow(/program not found/);
  });

  it('gives the model the program as neural mode does: UTF-8, byte order mark dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ndb-bom-'));
    const program = join(dir, 'bom.py');
    writeFileSync(program, '\uFEFFname = "café"\nprint(name)\n');
    const sources: string[] = [];
    const spy: Predictor = Object.create(predictor, {
      open: { value: (spec: ProgramSpec, o?: OpenOptions) => (sources.push(spec.source), predictor.open(spec, o)) },
    });
    const session = await startLockstep({ program, predictor: spy });
    try {
      expect(sources).toEqual(['name = "café"\nprint(name)\n']);
    } finally {
      session.dispose();
      rmSync(dir, { recursive: true });
    }
  });

  it('forwards the program output as it arrives; the stops carry the same text', async () => {
    const forwarded = { stdout: '', stderr: '', console: '' };
    const session = await startLockstep({ program: fixture('exceptions.py'), predictor, onOutput: (c, t) => (forwarded[c] += t) });
    try {
      await run(session, Array<ForwardAction>(40).fill('step_over'));
      expect(session.ended).toBe(true);
      expect(forwarded.stdout).toBe(session.records.map((r) => r.real.stdout).join(''));
      expect(forwarded.stdout).toBe('caught 1 is below 2\n5\n');
      expect(forwarded.stderr).toMatch(/IndexError: list index out of range\n$/);
    } finally {
      session.dispose();
    }
  });

  it('an infinite loop: the prediction of a continue is one stop; debugpy pauses and terminates', async () => {
    let stdout = '';
    const predictions: number[] = [];
    const session = await startLockstep({
      program: fixture('infinite_loop.py'),
      predictor,
      onOutput: (_c, t) => (stdout += t),
      onPrediction: (index) => predictions.push(index),
    });
    try {
      const running = session.forward('continue');
      expect(await waitUntil(() => stdout.includes('looping') && predictions.includes(1), 20_000)).toBe(true);
      expect(session.running).toBe(true); // the prediction is made, debugpy still runs
      expect(() => session.stepBack()).toThrow(/a step is running/);
      await session.pause();
      const paused = (await running).record;
      expect(paused).toMatchObject({ index: 1, action: 'continue', interrupted: 'pause' });
      expect(paused.real.kind).toBe('line');
      expect(Number(paused.real.stack[0]?.locals.n)).toBeGreaterThan(0);
      expect(session.accuracy.withResync.overall.total).toBe(1); // the forced stop is not counted

      const next = (await session.forward('step_over')).record;
      expect(next.resynced).toBe(true); // after a forced stop, the prediction starts from the real one
      const again = session.forward('continue');
      await waitUntil(() => session.running && predictions.includes(3), 10_000);
      await session.terminate();
      const ended = (await again).record;
      expect(ended).toMatchObject({ index: 3, interrupted: 'terminate' });
      expect(ended.real.kind).toBe('exit');
      expect(session.ended).toBe(true);
      expect((await session.forward('step_over')).replayed).toBe(true);
    } finally {
      session.dispose();
    }
  });

  it('stepBack travels the recorded history; forward replays it exactly, then goes on for real', async () => {
    const session = await startLockstep({ program: example('classroom.py'), predictor, breakpoints: [4] });
    try {
      await run(session, ['continue', 'step_over', 'continue']);
      const recorded = [...session.records];
      const copy = structuredClone(recorded);
      expect(recorded.map((r) => r.real.stack.at(-1)?.line)).toEqual([1, 4, 3, 4]);
      for (let i = 2; i >= 0; i--) expect(session.stepBack()).toEqual({ record: recorded[i], replayed: true });
      expect(session.stepBack().record).toBe(recorded[0]); // stays at the first
      expect(await session.forward('continue')).toEqual({ record: recorded[1], replayed: true }); // next breakpoint hit
      expect((await session.forward('step_into')).record).toBe(recorded[2]);
      expect((await session.forward('continue')).record).toBe(recorded[3]);
      const live = await session.forward('continue'); // the frontier: on for real
      expect(live.replayed).toBe(false);
      expect(live.record.index).toBe(4);
      expect(live.record.real.stack.at(-1)?.line).toBe(4);
      expect(session.records.slice(0, 4)).toEqual(copy);
      expect(session.position).toEqual({ index: 4, length: 5 });
    } finally {
      session.dispose();
    }
  });

  it('resync always: every prediction starts from the real previous stop', async () => {
    const source = readFileSync(example('classroom.py'), 'utf8');
    const session = await startLockstep({ program: example('classroom.py'), predictor, resync: 'always' });
    try {
      for (const action of ACTIONS.slice(0, 6)) {
        const before = session.current.real;
        const { record } = await session.forward(action);
        expect(record.resynced).toBe(true);
        expect(session.liveWindowText()).toContain(snapshotText(before));
        // The same prediction, made here from the real previous stop alone.
        const alone = await predictor.openAt({ source, breakpoints: [], exceptionFilters: [] }, before);
        expect(record.predicted).toEqual(await alone.step(action).then((s) => s.stop, () => null));
      }
      checkHistory(session.records);
    } finally {
      session.dispose();
    }
  });

  it('resync never: the predictions are a neural-only session of the same actions; shadow accuracy equals live accuracy', async () => {
    const source = readFileSync(example('classroom.py'), 'utf8');
    const session = await startLockstep({ program: example('classroom.py'), predictor, resync: 'never' });
    try {
      await run(session, ACTIONS);
      const records = session.records;
      expect(records.every((r) => !r.resynced && r.shadow === null)).toBe(true);
      const alone = await predictor.open({ source, breakpoints: [], exceptionFilters: [] });
      const expected: (StopState | null)[] = [alone.current.stop];
      for (const r of records.slice(1)) {
        const at = alone.current.stop; // a failed prediction leaves the session where it was, in both
        expected.push(at.kind === 'exit' ? { ...at, stdout: '' } : await alone.step(r.action as ForwardAction).then((s) => s.stop, () => null));
      }
      expect(records.map((r) => r.predicted)).toEqual(expected);
      const { withResync, withoutResync } = session.accuracy;
      expect(withoutResync).toEqual(withResync);
    } finally {
      session.dispose();
    }
  });

  it('resync onDivergence: a prediction starts from the real stop exactly after a divergence', async () => {
    const session = await startLockstep({ program: example('classroom.py'), predictor });
    try {
      await run(session, ACTIONS);
      const records = session.records;
      checkHistory(records);
      for (const r of records.slice(1)) expect(r.resynced).toBe(!records[r.index - 1]!.verdict.match);
      const source = readFileSync(example('classroom.py'), 'utf8');
      for (const r of records.filter((x) => x.resynced).slice(0, 3)) {
        const alone = await predictor.openAt({ source, breakpoints: [], exceptionFilters: [] }, records[r.index - 1]!.real);
        expect(r.predicted).toEqual(await alone.step(r.action as ForwardAction).then((s) => s.stop, () => null));
      }
      const firstResync = records.findIndex((r) => r.resynced);
      records.forEach((r, i) => expect(r.shadow === null).toBe(firstResync < 0 || i < firstResync));
    } finally {
      session.dispose();
    }
  });

  it('leaves no process behind', async () => {
    expect(await waitUntil(() => processesWithMarker(MARKER).length === 0, 10_000)).toBe(true);
  });
});

// Compare mode as one DAP session, against real debugpy and the model under test
// (NDB_MODEL_DIR, default models/default): what the client sees is debugpy's, the Predicted
// scope and the stop descriptions agree with the records, the history is replayed exactly
// and never reaches debugpy. Assertions hold for any model.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComparisonRecord } from '../../adapter/compare/record.js';
import { RealSession } from '../../adapter/debugpy/realSession.js';
import { FORWARDED_CAPABILITIES } from '../../adapter/compareSession/compareDebugSession.js';
import { parseValue } from '../../adapter/valueParser.js';
import { CompareAdapter, CompareClient, example, fixture, PYTHON, ReferenceDebugpy, ROOT, requireModelDir, waitUntil, type Arrival, type FrameView } from './harness.js';
import { expectedPredictedRows, predictionMatches, REPR_TYPES } from './expectations.js';

let adapter: CompareAdapter;
/** Every request compare sessions forwarded to debugpy (the engine's own inspection is not counted). */
const forwarded: string[] = [];

beforeAll(async () => {
  const request = RealSession.prototype.request;
  vi.spyOn(RealSession.prototype, 'request').mockImplementation(function (this: RealSession, command: string, ...rest: unknown[]) {
    forwarded.push(command);
    return (request as (...a: unknown[]) => Promise<unknown>).call(this, command, ...rest);
  });
  adapter = await new CompareAdapter().start();
});
afterAll(async () => {
  vi.restoreAllMocks();
  await adapter?.close();
});

async function client(): Promise<CompareClient> {
  return new CompareClient().connect(adapter.port);
}

const record = (a: Arrival): ComparisonRecord => a.comparison!.record;
const places = (frames: FrameView[]) => frames.map(({ name, line, path }) => ({ name, line, path }));
const scope = (frame: FrameView, name: string) => frame.scopes.find((s) => s.name === name)?.variables;

/** The Predicted scope of every frame agrees with the record; it follows Locals. */
function checkPredictedScopes(frames: FrameView[], r: ComparisonRecord): void {
  frames.forEach((frame, depth) => {
    const names = frame.scopes.map((s) => s.name);
    expect(names.indexOf('Predicted')).toBe(names.indexOf('Locals') + 1);
    const outermost = frames.length - 1 - depth;
    const rows = scope(frame, 'Predicted')!;
    expect(rows.filter((v) => !v.name.startsWith('(')).map(({ name, value }) => ({ name, value }))).toEqual(expectedPredictedRows(r, outermost));
    if (depth === 0) {
      const line = rows.find((v) => v.name === '(line)')?.value;
      const realLine = r.real.stack[r.real.stack.length - 1]!.line;
      if (r.predicted) expect(line?.endsWith(' ✓')).toBe(r.predicted.stack[r.predicted.stack.length - 1]?.line === realLine);
      else expect(rows[0]?.name).toBe('(prediction)');
    }
  });
}

/** The stop description: ✓ exactly when the prediction matched, else the wrong parts by name. */
function checkDescription(a: Arrival): void {
  const r = record(a);
  const description = a.stopped!.description!;
  expect(description.startsWith('✓')).toBe(predictionMatches(r));
  if (r.predicted && !predictionMatches(r)) {
    const lineWrong = r.predicted.stack[r.predicted.stack.length - 1]?.line !== r.real.stack[r.real.stack.length - 1]?.line;
    expect(/✗ Predicted wrong: (.*, )?line(,|$| \()/.test(description)).toBe(lineWrong);
  }
}

describe('a compare session beside debugpy alone (examples/classroom.py)', () => {
  const program = example('classroom.py');
  const breakpoints = [4, 7]; // debugpy moves 7 (blank) up to 5
  const actions = ['next', 'next', 'next', 'next', 'next', 'continue', 'stepOut', 'next', 'stepIn'];
  const reference = new ReferenceDebugpy();
  const referenceViews: FrameView[][] = [];
  let c: CompareClient;
  const arrivals: Arrival[] = [];
  const views: FrameView[][] = [];

  beforeAll(async () => {
    await reference.launch(program, { breakpoints });
    referenceViews.push(await reference.view());
    for (const action of actions) {
      await reference.move(action);
      referenceViews.push(await reference.view());
    }
    c = await client();
    arrivals.push(await c.launch({ program }, { breakpoints }));
    views.push(await c.view());
    for (const action of actions) {
      arrivals.push(await c.move(action));
      views.push(await c.view());
    }
  }, 120_000);
  afterAll(async () => {
    await c?.close();
    await reference.close();
  });

  it('advertises only debugpy capabilities it forwards, and stepBack', async () => {
    for (const capability of FORWARDED_CAPABILITIES) expect(reference.capabilities[capability]).toBe(true);
    expect(reference.capabilities.supportsStepBack).toBeFalsy();
  });

  it("stops where debugpy stops, for debugpy's reasons, showing debugpy's frames and Locals", () => {
    expect(arrivals.map((a) => a.event)).toEqual(arrivals.map(() => 'stopped'));
    expect(arrivals.map((a) => a.stopped!.reason)).toEqual(reference.reasons);
    expect(reference.reasons).toContain('breakpoint');
    views.forEach((frames, i) => {
      expect(places(frames)).toEqual(places(referenceViews[i]!));
      expect(scope(frames[0]!, 'Locals')).toEqual(scope(referenceViews[i]![0]!, 'Locals'));
    });
  });

  it('sends a neuralComparison with each stop: the record, running accuracy, history position', () => {
    arrivals.forEach((a, i) => {
      const body = a.comparison!;
      expect(body.history).toEqual({ index: i, length: i + 1 });
      expect(body.record.index).toBe(i);
      expect(body.record.action).toBe(i === 0 ? 'start' : { next: 'step_over', continue: 'continue', stepOut: 'step_out', stepIn: 'step_into' }[actions[i - 1]!]);
      expect(body.accuracy.withResync.overall.total).toBe(i + 1);
      expect(body.accuracy.withResync.overall.correct).toBe(arrivals.slice(0, i + 1).filter((x) => record(x).verdict.match).length);
      // The real stop is what debugpy showed: its frames, and its Locals where the canonical string is the repr.
      const shown = views[i]!;
      expect(body.record.real.stack.map((f) => `${f.name}:${f.line}`).reverse()).toEqual(shown.map((f) => `${f.name}:${f.line}`));
      const locals = body.record.real.stack[body.record.real.stack.length - 1]!.locals;
      for (const v of scope(shown[0]!, 'Locals')!) {
        if (!v.name.startsWith('(return)') && v.type && REPR_TYPES.has(v.type) && v.value.length < 90) expect(locals[v.name]).toBe(v.value);
      }
    });
  });

  it('shows a Predicted scope next to Locals in every frame, each value marked as the record says', () => {
    views.forEach((frames, i) => checkPredictedScopes(frames, record(arrivals[i]!)));
  });

  it('describes each stop by its verdict', () => {
    arrivals.forEach(checkDescription);
  });

  it('steps back through the recorded stops exactly, never asking debugpy, then replays and goes on for real', async () => {
    const last = arrivals.length - 1;
    const before = forwarded.length;
    for (let i = last - 1; i >= last - 4; i--) {
      const a = await c.move('stepBack');
      expect(a.stopped!.description).toContain('from history');
      expect(a.comparison!.history).toEqual({ index: i, length: last + 1 });
      expect(a.comparison!.record).toEqual(record(arrivals[i]!));
      const frames = await c.view();
      expect(places(frames)).toEqual(places(referenceViews[i]!));
      const real = record(arrivals[i]!).real;
      const top = real.stack[real.stack.length - 1]!;
      const recorded = scope(frames[0]!, 'Locals')!.filter((v) => !v.name.startsWith('(return)'));
      expect(Object.fromEntries(recorded.map((v) => [v.name, v.value]))).toEqual(top.locals);
      expect(frames.map((f) => scope(f, 'Predicted'))).toEqual(views[i]!.map((f) => scope(f, 'Predicted')));
      // evaluate reads the recorded values only
      const frameId = (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.id;
      const [name, value] = Object.entries(top.locals)[0] ?? [];
      if (name !== undefined) expect((await c.dc.evaluateRequest({ expression: name, frameId, context: 'hover' })).body.result).toBe(value);
      // other expressions are computed over the recorded values by the safe evaluator, not by debugpy
      const grades = top.locals.grades ?? real.stack[0]!.locals.grades;
      const computed = c.dc.evaluateRequest({ expression: 'len(grades) + 1', frameId, context: 'repl' });
      if (grades === undefined) await expect(computed).rejects.toThrow(/NameError/);
      else expect((await computed).body.result).toBe(String((parseValue(grades) as { entries: unknown[] }).entries.length + 1));
    }
    expect(forwarded.slice(before)).toEqual([]);

    // Forward inside the history replays the records; at the frontier debugpy runs again.
    for (let i = last - 3; i <= last; i++) {
      const a = await c.move(actions[i - 1]!);
      expect(a.comparison!.record).toEqual(record(arrivals[i]!));
    }
    expect(forwarded.slice(before)).toEqual([]);
    await reference.move('next');
    const live = await c.move('next');
    expect(live.comparison!.history).toEqual({ index: last + 1, length: last + 2 });
    expect(places(await c.view())).toEqual(places(await reference.view()));
    expect(forwarded.slice(before)).toContain('stackTrace');
    expect(forwarded).not.toContain('stepBack');
    expect(forwarded).not.toContain('reverseContinue');
  });

  it('reverse-continues to the latest breakpoint hit of the history', async () => {
    const length = c.comparisons[c.comparisons.length - 1]!.history.length;
    const a = await c.move('reverseContinue');
    const hits = arrivals.map((x, i) => (x.stopped!.reason === 'breakpoint' ? i : -1)).filter((i) => i >= 0);
    expect(a.comparison!.history).toEqual({ index: hits[hits.length - 1], length });
    expect(a.stopped!.reason).toBe('breakpoint');
  });
});

describe('exception breakpoints (test/fixtures/python/exceptions.py)', () => {
  it("stops on raised and uncaught exceptions where debugpy does; exceptionInfo is debugpy's, then the record's", async () => {
    const program = fixture('exceptions.py');
    const exceptionFilters = ['raised', 'uncaught'];
    const reference = new ReferenceDebugpy();
    const c = await client();
    try {
      await reference.launch(program, { exceptionFilters });
      const stops = [await c.launch({ program }, { exceptionFilters })];
      while (stops[stops.length - 1]!.event === 'stopped') {
        const a = await c.move('continue');
        stops.push(a);
        if (a.event !== 'stopped') break;
        await reference.move('continue');
        expect(places(await c.view())).toEqual(places(await reference.view()));
        const real = record(a).real;
        expect(a.stopped!.reason).toBe('exception');
        expect(a.stopped!.text).toBe(real.exception!.join(': '));
        const info = await c.dc.exceptionInfoRequest({ threadId: c.threadId });
        expect(info.body.exceptionId.split('.').pop()).toBe(real.exception![0]);
      }
      expect(stops.slice(1, -1).map((a) => a.stopped!.reason)).toEqual(reference.reasons.slice(1));
      const exceptions = stops.slice(1, -1).map((a) => record(a).real.exception![0]);
      expect(exceptions).toEqual(expect.arrayContaining(['KeyError', 'ValueError', 'TooSmall', 'IndexError']));
      // The end: debugpy's exit after the uncaught IndexError.
      const end = stops[stops.length - 1]!;
      expect(end.event).toBe('terminated');
      expect(end.comparison!.record.real).toMatchObject({ kind: 'exit', exception: ['IndexError', 'list index out of range'] });
      expect(c.exited).toBe(1);
    } finally {
      await c.close();
      await reference.close();
    }
  });

  it('answers exceptionInfo from the record in the history', async () => {
    const c = await client();
    try {
      await c.launch({ program: fixture('exceptions.py') }, { exceptionFilters: ['raised'] });
      const raised = await c.move('continue');
      const exception = record(raised).real.exception!;
      await c.move('next');
      const back = await c.move('stepBack');
      expect(back.stopped!.reason).toBe('exception');
      const before = forwarded.length;
      const info = await c.dc.exceptionInfoRequest({ threadId: c.threadId });
      expect(info.body).toMatchObject({ exceptionId: exception[0], description: exception[1], breakMode: 'always' });
      expect(forwarded.length).toBe(before);
    } finally {
      await c.close();
    }
  });
});

describe('requests debugpy answers at the latest stop', () => {
  /** The compare session behind the newest connection (its engine's live prompt shows what the model is given). */
  const liveWindow = (): string => (adapter.sessions[adapter.sessions.length - 1] as unknown as { lockstep: { liveWindowText(): string } }).lockstep.liveWindowText();

  it('forwards evaluate (hover, watch, console) and setVariable; the next prediction starts from the edited state', async () => {
    const c = await client();
    try {
      await c.launch({ program: example('classroom.py'), resync: 'onDivergence' });
      for (let i = 0; i < 3; i++) await c.move('next'); // line 10: avg = average(scores)
      const frameId = (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.id;
      // Only the running program can answer these: they are not in any recorded value.
      expect((await c.dc.evaluateRequest({ expression: 'sum(scores) * 2', frameId, context: 'watch' })).body.result).toBe('350');
      expect((await c.dc.evaluateRequest({ expression: 'name.upper()', frameId, context: 'hover' })).body.result).toBe("'ADA'");
      await expect(c.dc.evaluateRequest({ expression: 'undefined_name', frameId, context: 'repl' })).rejects.toThrow(/NameError/);

      const locals = (await c.dc.scopesRequest({ frameId })).body.scopes.find((s) => s.name === 'Locals')!;
      const set = await c.dc.setVariableRequest({ variablesReference: locals.variablesReference, name: 'scores', value: '[4242, 2]' });
      expect(set.body.value).toBe('[4242, 2]');
      const after = await c.move('next');
      expect(record(after).resynced).toBe(true);
      expect(record(after).real.stack[0]!.locals.avg).toBe('2122.0'); // debugpy ran on the edited list
      expect(liveWindow()).toContain('4242'); // and the model was given it

      // A console assignment is an edit too.
      const frame2 = (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.id;
      await c.dc.evaluateRequest({ expression: "name = 'zoe_was_here'", frameId: frame2, context: 'repl' });
      await c.move('next');
      expect(liveWindow()).toContain('zoe_was_here');

      const predicted = (await c.dc.scopesRequest({ frameId: (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.id })).body.scopes.find((s) => s.name === 'Predicted')!;
      await expect(c.dc.setVariableRequest({ variablesReference: predicted.variablesReference, name: 'avg', value: '1' })).rejects.toThrow(/Predicted scope/);
      await c.move('stepBack');
      const inHistory = (await c.dc.scopesRequest({ frameId: (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.id })).body.scopes[0]!;
      await expect(c.dc.setVariableRequest({ variablesReference: inHistory.variablesReference, name: 'avg', value: '1' })).rejects.toThrow(/history/);
    } finally {
      await c.close();
    }
  });
});

describe('launch', () => {
  it('refuses a program with a syntax error, naming the line', async () => {
    const c = await client();
    try {
      await expect(c.startLaunch({ program: fixture('syntax_error.py') })).rejects.toThrow(/line 3/);
    } finally {
      await c.close();
    }
  });

  it('refuses a missing interpreter and justMyCode false, saying so', async () => {
    const c = await client();
    try {
      await expect(c.startLaunch({ program: example('classroom.py'), python: '/nonexistent/python3' })).rejects.toThrow(/Python interpreter not found: \/nonexistent\/python3/);
      await expect(c.dc.launchRequest({ mode: 'compare', program: example('classroom.py'), justMyCode: false } as never)).rejects.toThrow(/justMyCode/);
    } finally {
      await c.close();
    }
  });

  it('without stopOnEntry runs to the first breakpoint; the entry stop is still recorded', async () => {
    const c = await client();
    try {
      const first = await c.launch({ program: example('classroom.py'), stopOnEntry: false }, { breakpoints: [11] });
      expect(first.stopped!.reason).toBe('breakpoint');
      expect((await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.line).toBe(11);
      expect(c.comparisons.map((b) => b.history)).toEqual([{ index: 0, length: 1 }, { index: 1, length: 2 }]);
      expect(c.comparisons[0]!.record.action).toBe('start');
    } finally {
      await c.close();
    }
  });
});

describe('running programs', () => {
  it('pauses and terminates an infinite loop', async () => {
    const c = await client();
    try {
      await c.launch({ program: fixture('infinite_loop.py') });
      await c.dc.continueRequest({ threadId: c.threadId });
      await waitFor(() => c.outputs.some((o) => o.category === 'stdout' && o.output.includes('looping')));
      await expect(c.dc.stackTraceRequest({ threadId: c.threadId })).rejects.toThrow(/while the program runs/);
      await c.dc.pauseRequest({ threadId: c.threadId });
      const paused = await c.next();
      expect(paused.stopped!.reason).toBe('pause');
      expect(paused.stopped!.description).toContain('not counted');
      expect(record(paused).interrupted).toBe('pause');
      expect(paused.comparison!.accuracy.withResync.overall.total).toBe(1); // the entry stop only
      const top = (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!;
      expect([3, 4]).toContain(top.line);
      await c.dc.continueRequest({ threadId: c.threadId });
      await c.dc.terminateRequest();
      expect((await c.next()).event).toBe('terminated');
    } finally {
      await c.close();
    }
  });

  it("forwards the program's stdout as it prints, and ends with debugpy's exit", async () => {
    const program = fixture('output.py');
    const c = await client();
    try {
      const end = await c.launch({ program, stopOnEntry: false });
      expect(end.event).toBe('terminated');
      expect(end.comparison!.record.real.kind).toBe('exit');
      const expected = execFileSync(PYTHON, [program], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } });
      expect(c.outputs.filter((o) => o.category === 'stdout').map((o) => o.output).join('')).toBe(expected);
      expect(c.exited).toBe(0);
    } finally {
      await c.close();
    }
  });

  it('applies conditions and logpoints on both sides; a logpoint never stops and its message is not program output', async () => {
    const program = join(ROOT, 'test', 'adapter', 'fixtures', 'counting.py'); // total = 0; for i in range(6): total += i (line 3); print(total) (line 4)
    const c = await client();
    try {
      const breakpoints = [
        { line: 3, condition: 'i == 3' },
        { line: 4, logMessage: 'total is {total}' },
        { line: 1, condition: 'any(x for x in [1])' },
      ];
      const first = await c.launch({ program, stopOnEntry: false }, { breakpoints });
      expect(first.stopped!.reason).toBe('breakpoint');
      const top = (await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!;
      expect(top.line).toBe(3);
      // debugpy's own evaluation, through the session.
      expect((await c.dc.evaluateRequest({ expression: 'i', frameId: top.id, context: 'watch' })).body.result).toBe('3');
      // The predicted side applied the same rule to predicted states: a predicted stop there has
      // i == 3 whatever the model, unless it passed as many hits as it may (100).
      const predicted = record(first).predicted;
      if (predicted?.kind === 'line' && predicted.stack.at(-1)!.line === 3) expect(predicted.stack.at(-1)!.locals['i']).toBe('3');
      const end = await c.move('continue');
      expect(end.event).toBe('terminated');
      const console = c.outputs.filter((o) => o.category === 'console').map((o) => o.output);
      expect(console).toContain('total is 15\n');
      // What the predicted run printed: its logpoint's messages, or why the condition could not be read.
      for (const text of console.filter((t) => t.startsWith('(predicted) '))) {
        expect(text).toMatch(/^\(predicted\) (total is .*|breakpoint condition i == 3 at line 3 could not be evaluated on the predicted state, .*)\n$/);
      }
      expect(console.some((t) => /predicted side stops at every hit of the breakpoint at line 1, .*comprehensions are not supported/.test(t))).toBe(true);
      expect(c.outputs.filter((o) => o.category === 'stdout').map((o) => o.output).join('')).toBe('15\n');
      expect(record(end).real.stdout).toBe('15\n');
    } finally {
      await c.close();
    }
  });

  it("follows debugpy's launch conventions: module, args as one string, envFile under env; says what it does not use", async () => {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'ndb-env-'));
    const envFile = join(dir, '.env');
    fs.writeFileSync(envFile, '# for the test\nNDB_GREETING="hello there"\nNDB_OVERRIDE=from-file\n');
    const c = await client();
    try {
      const launch = { module: 'argv_env', cwd: dirname(fixture('argv_env.py')), args: `one "two words"`, envFile, env: { NDB_OVERRIDE: 'from-env' }, console: 'integratedTerminal', frobnicate: 1, stopOnEntry: false };
      const end = await c.launch(launch);
      expect(end.event).toBe('terminated');
      const stdout = c.outputs.filter((o) => o.category === 'stdout').map((o) => o.output).join('');
      expect(stdout).toBe("['one', 'two words'] hello there from-env\n");
      const console = c.outputs.filter((o) => o.category === 'console').map((o) => o.output);
      expect(console).toContain('compare mode runs the program with "console": "internalConsole" (asked: "integratedTerminal"): its output is in the Debug Console, where the stops are compared\n');
      expect(console).toContain('launch attributes not used in compare mode: "frobnicate"\n');
      // debugpy ran the module; its entry stop is the first line of the module's file.
      expect(c.comparisons[0]!.record.real.stack.at(-1)).toMatchObject({ name: '<module>', line: 1 });
    } finally {
      await c.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends with the exit code of os._exit, which no exception shows', async () => {
    const c = await client();
    try {
      const end = await c.launch({ program: fixture('os_exit.py'), stopOnEntry: false });
      expect(end.event).toBe('terminated');
      expect(c.exited).toBe(3);
    } finally {
      await c.close();
    }
  });
});

describe('protocol', () => {
  it('refuses requests it does not implement and still answers; restart starts the program again', async () => {
    const c = await client();
    try {
      await c.launch({ program: example('classroom.py') });
      await c.move('next');
      for (const command of ['goto', 'source', 'completions', 'breakpointLocations', 'stepInTargets', 'setFunctionBreakpoints', 'setExpression', 'attach']) {
        await expect(c.dc.send(command, { threadId: c.threadId, frameId: 1, targetId: 1, source: { path: example('classroom.py') }, line: 1 })).rejects.toThrow(/unsupported request/);
      }
      expect((await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.line).toBe(8);
      await c.dc.restartRequest({ arguments: { mode: 'compare', program: example('classroom.py'), model: requireModelDir(), python: PYTHON } as never });
      const again = await c.next();
      expect(again.stopped!.reason).toBe('entry');
      expect(again.comparison!.history).toEqual({ index: 0, length: 1 });
      expect((await c.dc.stackTraceRequest({ threadId: c.threadId })).body.stackFrames[0]!.line).toBe(1);
      await expect(c.move('stepBack').then(() => undefined)).rejects.toThrow(/first stop/);
    } finally {
      await c.close();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  if (!(await waitUntil(condition, timeoutMs))) throw new Error(`condition not met within ${timeoutMs} ms`);
}

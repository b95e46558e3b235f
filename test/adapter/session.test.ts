/**
 * The adapter over DAP with the real predictor: every request, its errors, and the protocol
 * properties that hold for any model (history replay, breakpoint reasons, edits the next
 * prediction is conditioned on, answers while predicting).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { executableLines } from '../../adapter/executableLines.js';
import { Client, InProcessAdapter, fixture, requireModelDir, topLine, type Arrival } from './harness.js';

const SHAPES = fixture('shapes.py');
const LOOP = fixture('loop.py');
const COUNTING = fixture('counting.py');

let adapter: InProcessAdapter;
let model: string;
const clients: Client[] = [];

async function client(): Promise<Client> {
  const c = await new Client().connect(adapter.port);
  clients.push(c);
  return c;
}

/** A client stopped at the first stop of `program` (fails clearly if the model ends it at once). */
async function stoppedAt(program = SHAPES, extra: Record<string, unknown> = {}, options = {}): Promise<{ c: Client; first: Arrival }> {
  const c = await client();
  const first = await c.launch({ program, stopOnEntry: true, model, ...extra }, options);
  if (first.event !== 'stopped') throw new Error(`the model predicted that ${program} ends at once; these tests need a first stop`);
  return { c, first };
}

function errorOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => {
      throw new Error('expected an error response');
    },
    (e: Error) => e.message,
  );
}

beforeAll(async () => {
  model = requireModelDir();
  adapter = await new InProcessAdapter({ limits: { maxContinueSteps: 4 } }).start();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

afterAll(async () => {
  await adapter?.close();
});

describe('initialize and launch', () => {
  it('advertises exactly the supported features', async () => {
    const c = await client();
    const init = await c.dc.initializeRequest();
    expect(init.body).toEqual({
      supportsConfigurationDoneRequest: true,
      supportsStepBack: true,
      supportsSetVariable: true,
      supportsRestartRequest: true,
      supportsTerminateRequest: true,
      supportsEvaluateForHovers: true,
      supportsExceptionInfoRequest: true,
      supportsBreakpointLocationsRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      exceptionBreakpointFilters: [
        expect.objectContaining({ filter: 'raised', label: 'Raised Exceptions', default: false }),
        expect.objectContaining({ filter: 'uncaught', label: 'Uncaught Exceptions', default: true }),
      ],
    });
    expect(await errorOf(c.dc.initializeRequest())).toMatch(/already initialized/);
  });

  it('reports launch problems the user has to fix', async () => {
    const c = await client();
    await c.dc.initializeRequest();
    const launch = (args: Record<string, unknown>) => errorOf(c.dc.launchRequest({ model, ...args } as DebugProtocol.LaunchRequestArguments));
    expect(await launch({})).toMatch(/"program" is missing/);
    expect(await launch({ program: fixture('notes.txt') })).toMatch(/not a Python file: .*notes\.txt/);
    expect(await launch({ program: fixture('absent.py') })).toMatch(/program not found: .*absent\.py/);
    expect(await launch({ program: fixture('broken.py') })).toMatch(/SyntaxError in .*broken\.py, line 1, column 6: '\(' was never closed/);
    expect(await launch({ program: SHAPES, mode: 'compare' })).toMatch(/unknown mode "compare"/);
    expect(await launch({ program: SHAPES, call: 'nope(1)' })).toMatch(/nope, which is not a top-level function/);
    expect(await launch({ program: SHAPES, call: 'total([1, 2' })).toMatch(/"call" must be a call/);
    expect(await launch({ program: SHAPES, stopOnEntry: 'yes' })).toMatch(/"stopOnEntry" must be true or false/);
    expect(await launch({ program: SHAPES, model: path.join(os.tmpdir(), 'no-such-model-dir') })).toMatch(/model folder .* does not exist/);
    const corrupt = fs.mkdtempSync(path.join(os.tmpdir(), 'ndb-corrupt-'));
    for (const f of ['model.onnx', 'tokenizer.json']) fs.writeFileSync(path.join(corrupt, f), 'x');
    fs.writeFileSync(path.join(corrupt, 'manifest.json'), '{');
    expect(await launch({ program: SHAPES, model: corrupt })).toMatch(/manifest\.json is not valid JSON/);
    // after failed launches a good one still works
    const first = c.next();
    await c.dc.launchRequest({ program: SHAPES, stopOnEntry: true, model } as DebugProtocol.LaunchRequestArguments);
    await c.dc.configurationDoneRequest();
    expect((await first).stopped?.reason).toMatch(/entry|breakpoint|exception/);
    expect(await errorOf(c.dc.launchRequest({ program: SHAPES, model } as DebugProtocol.LaunchRequestArguments))).toMatch(/already launched/);
  });

  it('stops on entry and describes the predicted stop', async () => {
    const { c, first } = await stoppedAt();
    expect(first.stopped).toMatchObject({ threadId: 1, allThreadsStopped: true });
    expect(first.stopped?.description).toBeTruthy();
    expect(first.neural).toMatchObject({ request: 'launch', action: 'step_into', origin: 'predicted', replayed: false, history: { index: 0, length: 1 } });
    expect(first.stopped?.reason).toBe(first.neural!.stop.kind === 'exception' ? 'exception' : 'entry');
    const threads = await c.dc.threadsRequest();
    expect(threads.body.threads).toEqual([{ id: 1, name: 'MainThread' }]);
  });

  it("names, once, the launch attributes it does not use (debugpy's env, justMyCode, ...)", async () => {
    const c = await client();
    const first = await c.launch({ program: SHAPES, stopOnEntry: true, env: { A: '1' }, justMyCode: false, envFile: '.env', __sessionId: 'x', name: 'n', type: 'neural-python' });
    expect(first.event).toBe('stopped');
    const notes = c.outputs.filter((o) => /launch attributes not used/.test(o.output));
    expect(notes.map((o) => o.output)).toEqual(['launch attributes not used in neural mode, which predicts the program without running it: "env", "envFile", "justMyCode"\n']);
  });

  it('follows debugpy: "module" predicts the file python -m runs, "args" may be one string', async () => {
    const c = await client();
    const first = await c.launch({ module: 'shapes', cwd: path.dirname(SHAPES), args: 'one "two words"', stopOnEntry: true });
    expect(first.event).toBe('stopped');
    const frames = (await c.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    expect(frames.at(-1)!.source?.path).toBe(SHAPES);
    expect(c.outputs.some((o) => /args are not used/.test(o.output))).toBe(true);
    const missing = await client();
    await expect(missing.launch({ module: 'no_such_module', cwd: path.dirname(SHAPES) })).rejects.toThrow(/module no_such_module not found: looked for .*no_such_module\.py, .*no_such_module\/__main__\.py/);
    const both = await client();
    await expect(both.launch({ module: 'shapes', program: SHAPES })).rejects.toThrow(/"program" and "module" exclude each other/);
  });
});

describe('breakpoints', () => {
  it('are verified against code lines and moved up like debugpy', async () => {
    const c = await client();
    await c.dc.initializeRequest();
    const set = await c.dc.setBreakpointsRequest({ source: { path: SHAPES }, breakpoints: [{ line: 3 }, { line: 6 }, { line: 1 }, { line: 99 }, { line: 0 }] });
    expect(set.body.breakpoints.map((b) => [b.verified, b.line, b.message])).toEqual([
      [true, 3, undefined],
      [true, 4, undefined], // line 6 is blank: up to 4 (self.y = y)
      [true, 1, undefined],
      [false, 99, 'line 99 is past the end of the file (18 lines)'],
      [false, 0, 'not a line number: 0'],
    ]);
    const locations = await c.dc.customRequest('breakpointLocations', { source: { path: SHAPES }, line: 1, endLine: 19 });
    expect(locations.body.breakpoints.map((b: { line: number }) => b.line)).toEqual(executableLines(fs.readFileSync(SHAPES, 'utf8')));
    expect(await errorOf(c.dc.setBreakpointsRequest({ source: {}, breakpoints: [{ line: 1 }] }))).toMatch(/source.path is missing/);
    const unread = await c.dc.setBreakpointsRequest({ source: { path: fixture('absent.py') }, breakpoints: [{ line: 1 }] });
    expect(unread.body.breakpoints[0]).toMatchObject({ verified: false, message: expect.stringMatching(/cannot read/) });
  });

  it('a condition, hit condition or log message that cannot work marks the breakpoint unverified, saying why', async () => {
    const c = await client();
    await c.dc.initializeRequest();
    const set = await c.dc.setBreakpointsRequest({
      source: { path: SHAPES },
      breakpoints: [
        { line: 3, condition: 'self.x >' },
        { line: 4, condition: '[v for v in vs]' },
        { line: 1, hitCondition: 'often' },
        { line: 8, logMessage: 'x is {x' },
        { line: 9, condition: "y == 'b'", hitCondition: '>2', logMessage: 'y={y}' },
      ],
    });
    expect(set.body.breakpoints.map((b) => [b.verified, b.message])).toEqual([
      [false, expect.stringMatching(/cannot work in neural mode: SyntaxError/)],
      [false, expect.stringMatching(/cannot work in neural mode: comprehensions are not supported/)],
      [false, expect.stringMatching(/hit condition "often" is not one of N, ==N/)],
      [false, expect.stringMatching(/a '\{' without its '\}'/)],
      [true, undefined],
    ]);
  });

  it('a logpoint prints its message filled from the predicted state, marked predicted, and never stops there', async () => {
    const c = await client();
    const first = await c.launch({ program: COUNTING, stopOnEntry: true });
    expect(first.event).toBe('stopped');
    await c.dc.setBreakpointsRequest({ source: { path: COUNTING }, breakpoints: [{ line: 3, logMessage: 'i is {i}, doubled {i * 2}' }] });
    const a = await c.move('continue');
    expect(a.event === 'terminated' || topLine(a.neural) !== 3).toBe(true);
    const logs = c.outputs.filter((o) => o.category === 'console' && o.output.startsWith('(predicted) i is '));
    expect(logs.length).toBeGreaterThan(0);
    for (const o of logs) {
      const m = /^\(predicted\) i is (\d+), doubled (\d+)\n$/.exec(o.output);
      expect(m, o.output).not.toBeNull();
      expect(Number(m![2])).toBe(2 * Number(m![1]));
    }
  });

  it('exception filters are raised and uncaught only', async () => {
    const c = await client();
    await c.dc.initializeRequest();
    const ok = await c.dc.setExceptionBreakpointsRequest({ filters: ['raised', 'uncaught'] });
    expect(ok.body?.breakpoints).toEqual([{ verified: true }, { verified: true }]);
    expect(await errorOf(c.dc.setExceptionBreakpointsRequest({ filters: ['userUnhandled'] }))).toMatch(/unknown exception filter "userUnhandled"/);
  });

  it('a predicted stop on a breakpoint line has reason "breakpoint", elsewhere "step"', async () => {
    const lines = executableLines(fs.readFileSync(SHAPES, 'utf8'));
    const { c, first } = await stoppedAt(SHAPES, {}, { breakpoints: lines });
    const arrivals = [first];
    for (const command of ['next', 'stepIn', 'next', 'continue', 'stepOut']) {
      const a = await c.move(command);
      arrivals.push(a);
      if (a.event === 'terminated') break;
    }
    for (const a of arrivals.filter((x) => x.event === 'stopped')) {
      const stop = a.neural!.stop;
      const expected = stop.kind === 'exception' ? 'exception' : stop.kind === 'line' && lines.includes(topLine(a.neural)!) ? 'breakpoint' : null;
      if (expected) expect(a.stopped?.reason).toBe(expected);
      else expect(a.stopped?.reason).toMatch(/^(step|pause)$/);
    }
    // The same program without breakpoints: line stops are steps.
    const { c: plain } = await stoppedAt(SHAPES);
    const a = await plain.move('next');
    if (a.event === 'stopped' && a.neural?.stop.kind === 'line') expect(a.stopped?.reason).toBe('step');
  });

  it('breakpoints in another file than the program are not used', async () => {
    const { c } = await stoppedAt();
    const other = await c.dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: 1 }] });
    expect(other.body.breakpoints[0]).toMatchObject({ verified: false, message: expect.stringMatching(/predicts .*shapes\.py only/) });
  });
});

describe('inspection', () => {
  it('stack, scopes and variables of the predicted stop', async () => {
    const { c, first } = await stoppedAt();
    const stop = first.neural!.stop;
    const trace = await c.dc.stackTraceRequest({ threadId: 1 });
    expect(trace.body.totalFrames).toBe(stop.stack.length);
    expect(trace.body.stackFrames.map((f) => [f.name, f.line, f.source?.path])).toEqual(
      [...stop.stack].reverse().map((f) => [f.name, f.line, SHAPES]),
    );
    const top = trace.body.stackFrames[0]!;
    const scopes = await c.dc.scopesRequest({ frameId: top.id });
    expect(scopes.body.scopes.map((s) => s.name)).toEqual(stop.stack[0]!.name === '<module>' ? ['Locals', 'Globals'] : ['Locals']);
    const locals = await c.dc.variablesRequest({ variablesReference: scopes.body.scopes[0]!.variablesReference });
    const topFrame = stop.stack[stop.stack.length - 1]!;
    const named = locals.body.variables.filter((v) => !v.name.startsWith('(return)'));
    expect(named.map((v) => [v.name, v.value])).toEqual(Object.entries(topFrame.locals));
    const paged = await c.dc.stackTraceRequest({ threadId: 1, startFrame: 0, levels: 1 });
    expect(paged.body.stackFrames).toHaveLength(Math.min(1, stop.stack.length));
    expect(await errorOf(c.dc.stackTraceRequest({ threadId: 7 }))).toMatch(/unknown thread 7/);
    expect(await errorOf(c.dc.scopesRequest({ frameId: 9999 }))).toMatch(/unknown or stale frameId/);
    expect(await errorOf(c.dc.variablesRequest({ variablesReference: 9999 }))).toMatch(/unknown or stale variablesReference/);
    if (stop.kind === 'exception') {
      const info = await c.dc.exceptionInfoRequest({ threadId: 1 });
      expect([info.body.exceptionId, info.body.description]).toEqual(stop.exception);
    } else {
      expect(await errorOf(c.dc.exceptionInfoRequest({ threadId: 1 }))).toMatch(/no exception at this stop/);
    }
  });

  it('references of an earlier stop are stale after a move', async () => {
    const { c } = await stoppedAt();
    const trace = await c.dc.stackTraceRequest({ threadId: 1 });
    const scopes = await c.dc.scopesRequest({ frameId: trace.body.stackFrames[0]!.id });
    const a = await c.move('next');
    if (a.event !== 'stopped') return;
    expect(await errorOf(c.dc.variablesRequest({ variablesReference: scopes.body.scopes[0]!.variablesReference }))).toMatch(/stale/);
    expect(await errorOf(c.dc.scopesRequest({ frameId: trace.body.stackFrames[0]!.id }))).toMatch(/stale/);
  });

  it('setVariable parses the value, shows its children, and evaluate reads into it', async () => {
    const { c } = await stoppedAt();
    const trace = await c.dc.stackTraceRequest({ threadId: 1 });
    const scopes = await c.dc.scopesRequest({ frameId: trace.body.stackFrames[0]!.id });
    const localsRef = scopes.body.scopes[0]!.variablesReference;
    const set = await c.setVariable({ variablesReference: localsRef, name: 'data', value: `[1, [2,3], {"a": (4, 5)}, Point(x=1, y="s")]` });
    expect(set.body).toMatchObject({ value: "[1, [2, 3], {'a': (4, 5)}, Point(x=1, y='s')]", type: 'list' });
    expect(set.body.variablesReference).toBeGreaterThan(0);
    expect(c.edits.at(-1)).toMatchObject({ reason: 'edit', request: 'setVariable', origin: 'edited' });
    const top = c.edits.at(-1)!.stop.stack.at(-1)!;
    expect(top.locals.data).toBe("[1, [2, 3], {'a': (4, 5)}, Point(x=1, y='s')]");
    const locals = await c.expand(localsRef);
    expect(locals.find((v) => (v as { name: string }).name === 'data')).toEqual({
      name: 'data', value: set.body.value, type: 'list', evaluateName: 'data',
      children: [
        { name: '0', value: '1', type: 'int', evaluateName: 'data[0]', children: undefined },
        { name: '1', value: '[2, 3]', type: 'list', evaluateName: 'data[1]', children: [
          { name: '0', value: '2', type: 'int', evaluateName: 'data[1][0]', children: undefined },
          { name: '1', value: '3', type: 'int', evaluateName: 'data[1][1]', children: undefined },
        ] },
        { name: '2', value: "{'a': (4, 5)}", type: 'dict', evaluateName: 'data[2]', children: [
          { name: "'a'", value: '(4, 5)', type: 'tuple', evaluateName: "data[2]['a']", children: [
            { name: '0', value: '4', type: 'int', evaluateName: "data[2]['a'][0]", children: undefined },
            { name: '1', value: '5', type: 'int', evaluateName: "data[2]['a'][1]", children: undefined },
          ] },
        ] },
        { name: '3', value: "Point(x=1, y='s')", type: 'Point', evaluateName: 'data[3]', children: [
          { name: 'x', value: '1', type: 'int', evaluateName: 'data[3].x', children: undefined },
          { name: 'y', value: "'s'", type: 'str', evaluateName: 'data[3].y', children: undefined },
        ] },
      ],
    });
    // an item of a container: the variable is rewritten around it
    const dataRef = set.body.variablesReference!;
    const inner = await c.setVariable({ variablesReference: dataRef, name: '0', value: '"x"' });
    expect(inner.body.value).toBe("'x'");
    expect(c.edits.at(-1)!.stop.stack.at(-1)!.locals.data).toBe("['x', [2, 3], {'a': (4, 5)}, Point(x=1, y='s')]");
    const evaluate = (expression: string, context = 'watch') => c.dc.evaluateRequest({ expression, context, frameId: trace.body.stackFrames[0]!.id });
    expect((await evaluate("data[2]['a'][-1]")).body.result).toBe('5');
    expect((await evaluate('data[3].y', 'hover')).body).toMatchObject({ result: "'s'", type: 'str', variablesReference: 0 });
    expect((await evaluate('data[1]')).body.variablesReference).toBeGreaterThan(0);
    // beyond access paths: computed over the predicted values by the safe evaluator, never by Python
    expect((await evaluate('len(data)', 'repl')).body).toMatchObject({ result: '4', type: 'int', variablesReference: 0 });
    expect((await evaluate("data[2]['a'][0] + data[1][1] * 2 if data[0] == 'x' else 0", 'repl')).body.result).toBe('10');
    expect((await evaluate('data[3].y.upper() * 2', 'hover')).body.result).toBe("'SS'");
    expect(await errorOf(evaluate("__import__('os').getcwd()", 'repl'))).toMatch(/calling __import__\(\) runs the program's code/);
    expect(await errorOf(evaluate('data.append(1)', 'repl'))).toMatch(/list.append\(\) changes the value/);
    expect(await errorOf(evaluate('data[1][0] / 0', 'repl'))).toMatch(/ZeroDivisionError: division by zero/);
    expect(await errorOf(evaluate('nothing_here'))).toMatch(/NameError: name 'nothing_here' is not defined/);
    expect(await errorOf(evaluate('data[9]'))).toMatch(/IndexError/);
    // values the debugger cannot hold, and items that cannot be assigned
    expect(await errorOf(c.dc.setVariableRequest({ variablesReference: localsRef, name: 'data', value: 'data + 1' }))).toMatch(/is not a value the neural debugger can hold/);
    expect(await errorOf(c.dc.setVariableRequest({ variablesReference: localsRef, name: 'data', value: `'${'a'.repeat(120)}'` }))).toMatch(/longer than the 100 characters/);
    const tupleRef = (await evaluate("data[2]['a']")).body.variablesReference;
    expect(await errorOf(c.dc.setVariableRequest({ variablesReference: tupleRef, name: '0', value: '1' }))).toMatch(/'tuple' object does not support item assignment/);
    expect(await errorOf(c.dc.setVariableRequest({ variablesReference: 424242, name: 'x', value: '1' }))).toMatch(/stale/);
  });

  it('setVariable conditions the next prediction on the edited stop', async () => {
    const { c } = await stoppedAt();
    const trace = await c.dc.stackTraceRequest({ threadId: 1 });
    const scopes = await c.dc.scopesRequest({ frameId: trace.body.stackFrames[0]!.id });
    await c.setVariable({ variablesReference: scopes.body.scopes[0]!.variablesReference, name: 'xs', value: '[40, 2]' });
    const edited = c.edits.at(-1)!.stop;
    const after = await c.move('next');
    // The same prediction made directly from the edited stop by the runtime.
    const predictor = await adapter.predictors.get(model);
    const session = await predictor.openAt({ source: fs.readFileSync(SHAPES, 'utf8'), breakpoints: [], exceptionFilters: [] }, edited);
    const direct = await session.step('step_over');
    expect(session.windowText()).toContain('<|v|>xs=[40, 2]');
    expect(after.neural?.stop).toEqual(direct.stop);
  });
});

describe('moves', () => {
  it('stepBack returns exactly to the earlier stops; stepping forward again replays them', async () => {
    const { c } = await stoppedAt();
    const seen = [{ snapshot: await c.snapshot(), stop: undefined as unknown }];
    // 1 -> 7 -> 14 -> Point.__init__ 3 -> 4 -> its return: none of these moves ends the program
    // (a stepOut at module level would: it runs to the end, and an ended session has no stepBack)
    for (const command of ['next', 'next', 'stepIn', 'next', 'next']) {
      const a = await c.move(command);
      if (a.event !== 'stopped') throw new Error(`the model predicted that ${command} ends shapes.py`);
      // a move the model could not predict stays where it was: not a new stop of the history
      if (a.neural!.history.index === seen.length) seen.push({ snapshot: await c.snapshot(), stop: a.neural!.stop });
    }
    expect(seen.length).toBeGreaterThan(1);
    for (let i = seen.length - 2; i >= 0; i--) {
      const back = await c.move('stepBack');
      expect(back.neural).toMatchObject({ replayed: true, request: 'stepBack', history: { index: i, length: seen.length } });
      expect(await c.snapshot()).toEqual(seen[i]!.snapshot);
    }
    for (let i = 1; i < seen.length; i++) {
      const again = await c.move(i % 2 ? 'next' : 'stepIn');
      expect(again.neural).toMatchObject({ replayed: true, history: { index: i } });
      expect(again.neural!.stop).toEqual(seen[i]!.stop);
      expect(await c.snapshot()).toEqual(seen[i]!.snapshot);
    }
  });

  it('stepBack at the first stop asks the model for back_over', async () => {
    const { c, first } = await stoppedAt();
    const back = await c.move('stepBack');
    expect(back.neural).toMatchObject({ replayed: false, request: 'stepBack' });
    if (back.neural!.note) {
      expect(back.neural!.note).toMatch(/no stop before this one/);
      expect(back.neural!.stop).toEqual(first.neural!.stop);
    }
    // An edited first stop with a name the program never uses: no prediction can equal it
    // (constrained decoding writes names of the source only), so the answer is a new stop.
    const trace = await c.dc.stackTraceRequest({ threadId: 1 });
    const scopes = await c.dc.scopesRequest({ frameId: trace.body.stackFrames[0]!.id });
    await c.setVariable({ variablesReference: scopes.body.scopes[0]!.variablesReference, name: 'not_in_source', value: '7' });
    const edited = c.edits.at(-1)!.stop;
    const before = await c.move('stepBack');
    expect(before.neural).toMatchObject({ action: 'back_over', replayed: false, history: { index: 0 } });
    expect(before.neural!.note).toBeUndefined();
    const forward = await c.move('next');
    expect(forward.neural).toMatchObject({ replayed: true, history: { index: 1 } });
    expect(forward.neural!.stop).toEqual(edited);
  });

  it('reverseContinue goes back to the previous breakpoint hit, else to the first stop', async () => {
    const lines = executableLines(fs.readFileSync(SHAPES, 'utf8'));
    const { c, first } = await stoppedAt(SHAPES, {}, { breakpoints: lines });
    const history = [first];
    for (let i = 0; i < 4; i++) {
      const a = await c.move('next');
      if (a.event !== 'stopped') break;
      history.push(a);
    }
    const hit = (a: Arrival) => a.neural!.stop.kind === 'exception' || (a.neural!.stop.kind === 'line' && lines.includes(topLine(a.neural)!));
    let at = history.length - 1;
    while (at > 0) {
      let target = at - 1;
      while (target > 0 && !hit(history[target]!)) target--;
      const back = await c.move('reverseContinue');
      expect(back.neural).toMatchObject({ replayed: true, history: { index: target } });
      expect(back.neural!.stop).toEqual(history[target]!.neural!.stop);
      at = target;
    }
    const stay = await c.move('reverseContinue');
    expect(stay.neural).toMatchObject({ history: { index: 0 }, note: 'already at the first stop of the history' });
  });

  it('continue ends at a hit, at the end, or with the loop guard after the configured number of predictions', async () => {
    const { c } = await stoppedAt(LOOP);
    const a = await c.move('continue');
    if (a.event === 'terminated') {
      expect(c.exited).toBeDefined();
      return;
    }
    if (a.stopped?.reason === 'pause') {
      expect(a.stopped.description).toMatch(/the model appears to loop: 4 predicted stops/);
      expect(c.outputs.some((o) => /appears to loop/.test(o.output))).toBe(true);
    } else {
      expect(a.stopped?.reason).toMatch(/breakpoint|exception/);
    }
  });

  it('answers requests while the model predicts, and pause stops the prediction', async () => {
    const slow = await new InProcessAdapter({ limits: { maxContinueSteps: 100_000 } }).start();
    const c = await new Client().connect(slow.port);
    try {
      const first = await c.launch({ program: LOOP, stopOnEntry: true, model });
      expect(first.event).toBe('stopped');
      // One batch: the move is accepted, and the requests after it see a running thread.
      const settle = <T>(p: Promise<T>) => p.then((value) => ({ value }), (e: Error) => ({ error: e.message }));
      const [cont, threads, trace, second, pause] = await Promise.all([
        settle(c.dc.continueRequest({ threadId: 1 })),
        settle(c.dc.threadsRequest()),
        settle(c.dc.stackTraceRequest({ threadId: 1 })),
        settle(c.dc.nextRequest({ threadId: 1 })),
        settle(c.dc.pauseRequest({ threadId: 1 })),
      ]);
      expect(cont).toHaveProperty('value');
      expect(threads).toMatchObject({ value: { body: { threads: [{ id: 1, name: 'MainThread' }] } } });
      expect(trace).toEqual({ error: expect.stringMatching(/not available while the model predicts the next stop/) });
      expect(second).toEqual({ error: expect.stringMatching(/not available while the model predicts/) });
      expect(pause).toHaveProperty('value');
      const paused = await c.next(30_000);
      expect(paused.event).toBe('stopped');
      expect(paused.stopped?.reason).toBe('pause');
      expect(paused.neural).toMatchObject({ request: 'continue' });
      // a pause while stopped reports the current stop again
      const lines = (await c.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => f.line);
      await c.dc.pauseRequest({ threadId: 1 });
      const again = await c.next();
      expect(again.stopped?.reason).toBe('pause');
      expect((await c.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames.map((f) => f.line)).toEqual(lines);
    } finally {
      await c.close();
      await slow.close();
    }
  });

  it('moves before launch, with a bad thread, or after the end are refused', async () => {
    const c = await client();
    await c.dc.initializeRequest();
    expect(await errorOf(c.dc.nextRequest({ threadId: 1 }))).toMatch(/no program is being debugged/);
    expect(await errorOf(c.dc.restartRequest({}))).toMatch(/nothing to restart/);
    expect(await errorOf(c.dc.terminateRequest())).toMatch(/nothing to terminate/);
    const { c: s } = await stoppedAt();
    expect(await errorOf(s.dc.nextRequest({ threadId: 2 }))).toMatch(/unknown thread 2/);
    expect(await errorOf(s.dc.send('stepIn', {}))).toMatch(/unknown thread undefined/);
  });

  it('restart predicts the program again from its first stop; terminate ends the session', async () => {
    const { c, first } = await stoppedAt();
    await c.move('next');
    await c.dc.restartRequest({ arguments: { program: SHAPES, stopOnEntry: true, model } as DebugProtocol.LaunchRequestArguments });
    const again = await c.next();
    expect(again.neural).toMatchObject({ request: 'restart', history: { index: 0, length: 1 } });
    expect(again.neural!.stop).toEqual(first.neural!.stop); // greedy: the same first stop
    await c.dc.terminateRequest();
    expect((await c.next()).event).toBe('terminated');
    expect(await errorOf(c.dc.nextRequest({ threadId: 1 }))).toMatch(/the program has ended/);
    expect((await c.dc.threadsRequest()).body.threads).toEqual([]);
  });

  it('at the predicted end: output, exited (0, or 1 after an uncaught exception) and terminated', async () => {
    const { c } = await stoppedAt(fixture('tiny.py'));
    let a: Arrival = { event: 'stopped' };
    for (let i = 0; i < 12 && a.event === 'stopped'; i++) a = await c.move('next');
    if (a.event !== 'terminated') return; // this model never predicts the end here
    expect(a.neural).toMatchObject({ reason: 'exit', stop: { kind: 'exit', stack: [] } });
    expect(c.exited).toBe(a.neural!.stop.exception ? 1 : 0);
    expect((await c.dc.stackTraceRequest({ threadId: 1 })).body.stackFrames).toEqual([]);
  });
});

/** Sessions: stepping, undo, variable edits, settings changes, cancellation, long programs. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalQuotes } from '../../model-runtime/header.js';
import { RuntimeError } from '../../model-runtime/errors.js';
import type { Predictor } from '../../model-runtime/predictor.js';
import type { PredictedStop } from '../../model-runtime/session.js';
import { ROOT, goldenCases, testPredictor } from './helpers.js';

const SUM = goldenCases().find((c) => c.name === 'sum_list_steps')!;
const comparable = (p: PredictedStop) => ({ stop: p.stop, text: p.text, confidence: p.confidence });

describe('predictor session', () => {
  let predictor: Predictor;
  beforeAll(async () => {
    predictor = await testPredictor();
  });

  it('opens by predicting the first stop from the header', async () => {
    const s = await predictor.open({ source: SUM.source, call: SUM.call! });
    expect(s.current.origin).toBe('predicted');
    expect(s.current.action).toBe('step_into');
    expect(s.windowText()).toMatch(/^<\|bos\|><\|src\|>1 def total\(xs\):\n.*<\|call\|>total\(\[3, 1, 2\]\)<\|into\|>/s);
    expect(s.current.confidence).toBeGreaterThan(0);
    expect(s.current.confidence).toBeLessThanOrEqual(1);
  });

  it('back() returns exactly the previous stop, and the same step then predicts the same', async () => {
    const s = await predictor.open({ source: SUM.source, call: SUM.call! });
    const first = s.current;
    const a = await s.step('step_over');
    const textAfterA = s.windowText();
    const b = await s.step('step_into');
    expect(s.back()).toBe(a);
    expect(s.windowText()).toBe(textAfterA);
    expect(comparable(await s.step('step_into'))).toEqual(comparable(b));
    s.back();
    expect(s.back()).toBe(first);
    expect(s.canGoBack).toBe(false);
    expect(s.back()).toBe(first);
    expect(comparable(await s.step('step_over'))).toEqual(comparable(a));
  });

  it('setVariable changes the snapshot the next prediction is conditioned on', async () => {
    const s = await predictor.open({ source: SUM.source, call: SUM.call! });
    const top = s.current.stop.stack.length - 1;
    const edited = s.setVariable(top, 'xs', '[40, 2]');
    expect(edited.origin).toBe('edited');
    expect(edited.stop.stack[top]!.locals.xs).toBe('[40, 2]');
    await s.step('step_over');
    // a new window: header, then the edited stop in full as the snapshot, then the step
    const snapshot = s.windowText().split('<|call|>total([3, 1, 2])')[1]!.split('<|over|>')[0]!;
    expect(snapshot).toMatch(/^<\|line\|> .*<\|v\|>xs=\[40, 2\].*<\|eos\|>$/);
    expect(s.windowText()).not.toContain('<|into|>');
    expect(() => s.setVariable(0, 'xs', '[1, 2')).toThrow(/not a well-formed value/);
    expect(() => s.setVariable(5, 'xs', '1')).toThrow(RangeError);
  });

  it('a breakpoint change starts a new window with the new header', async () => {
    const s = await predictor.open({ source: SUM.source, call: SUM.call! });
    await s.step('step_over', { breakpoints: [4] });
    expect(s.windowText()).toMatch(/<\|call\|>total\(\[3, 1, 2\]\)<\|bp\|>4<\|line\|>/);
  });

  it('cancellation rejects the step and leaves the session as it was', async () => {
    const s = await predictor.open({ source: SUM.source, call: SUM.call! });
    const before = s.windowText();
    const ctrl = new AbortController();
    const pending = s.step('step_over', { signal: ctrl.signal });
    ctrl.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
    expect(s.windowText()).toBe(before);
    expect(s.stops).toHaveLength(1);
    const again = new AbortController();
    again.abort();
    await expect(s.step('step_over', { signal: again.signal })).rejects.toBeInstanceOf(RuntimeError);
    const fresh = await predictor.open({ source: SUM.source, call: SUM.call! });
    expect(comparable(await s.step('step_over'))).toEqual(comparable(await fresh.step('step_over')));
  });

  it('long programs get a header within the budget and keep their real line numbers', async () => {
    const source = fs.readFileSync(path.join(ROOT, 'examples', 'inventory.py'), 'utf8');
    const s = await predictor.open({ source });
    for (let i = 0; i < 6; i++) await s.step(i % 2 ? 'step_into' : 'step_over');
    const header = s.windowText().split('<|eos|>')[0]!;
    const shown = [...header.matchAll(/^(\d+) /gm)].map((m) => Number(m[1]));
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.length).toBeLessThan(150);
    const lines = canonicalQuotes(source).split('\n'); // the header writes "x" as 'x', as training did
    for (const n of shown) expect(header).toContain(`${n} ${lines[n - 1]!.trimEnd()}\n`);
  });

  it('output prediction enters the call and steps out; input prediction steps back from the exit', async () => {
    const out = await predictor.predictOutput(SUM.source, 'total([5, 5])');
    expect(out.stops.map((s) => s.action)).toEqual(['step_into', 'step_out'].slice(0, out.stops.length));
    expect(out.confidence).toBeCloseTo(out.stops.reduce((p, s) => p * s.confidence, 1));
    const inp = await predictor.predictInput(SUM.source, '10');
    expect(inp.fn).toBe('total');
    expect(inp.entry.action).toBe('back_to_call');
    const session = await predictor.openAt({ source: SUM.source, call: 'total' }, { kind: 'exit', stack: [], value: '10', exception: null, stdout: '' });
    await session.step('back_to_call');
    expect(session.windowText()).toMatch(/<\|call\|>total<\|exit\|><\|rv\|>10<\|eos\|><\|bcall\|>/);
    const top = inp.entry.stop.stack.at(-1);
    if (inp.input !== null) expect(inp.input).toBe(top!.locals.xs);
    else expect(top?.locals.xs).toBeUndefined();
  });

  it('a first stop and the step back to the entry call stand where the source says', async () => {
    const source = '"""Doc."""\nimport math\n\n\ndef area(r):\n    """Area."""\n    return math.pi * r * r\n\nprint(area(2))\n';
    const script = await predictor.open({ source });
    expect(script.current.stop.stack.map((f) => [f.name, f.line])).toEqual([['<module>', 1]]);
    const call = await predictor.open({ source, call: 'area(2)' });
    expect(call.current.stop.stack.map((f) => [f.name, f.line])).toEqual([['area', 7]]);
    const inp = await predictor.predictInput(source, '12.566370614359172', { fn: 'area' });
    expect(inp.entry.stop.kind).toBe('line');
    expect(inp.entry.stop.stack.map((f) => [f.name, f.line])).toEqual([['area', 7]]);
    expect(Object.keys(inp.entry.stop.stack[0]!.locals)).toEqual(['r']);
    expect(Object.keys(call.current.stop.stack[0]!.locals)).toEqual(['r']);
    expect(Object.keys(script.current.stop.stack[0]!.locals)).toEqual([]);
  });

  it('a snapshot too big for the usual header gets a smaller header, not an error', async () => {
    const source = fs.readFileSync(path.join(ROOT, 'examples', 'inventory.py'), 'utf8');
    const big = `[${Array.from({ length: 40 }, (_, i) => i * 7919).join(', ')}]`.slice(0, 97) + '...';
    const locals = Object.fromEntries(['a', 'b', 'c'].map((n) => [n, big]));
    const first = (await predictor.open({ source })).current.stop;
    const s = await predictor.openAt({ source }, { ...first, stack: [{ ...first.stack[0]!, locals }] });
    const next = await s.step('step_over');
    expect(next.origin).toBe('predicted');
  });

  it('rejects a program with a syntax error, with its line', async () => {
    await expect(predictor.open({ source: 'def f(x:\n    return x\n' })).rejects.toMatchObject({
      code: 'syntax',
      line: 1,
      message: "line 1, column 6: '(' was never closed",
    });
  });
});

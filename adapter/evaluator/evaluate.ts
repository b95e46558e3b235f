/**
 * A safe evaluator of Python expressions over a predicted stop: it never runs Python, it
 * computes with the canonical values the stop holds (adapter/evaluator/values.ts) under
 * Python's rules. Used by breakpoint conditions, logpoints, the Debug Console and hovers in
 * neural mode. Checked against real Python on shared cases (test/fixtures/eval_cases.json).
 */
import { parseValue } from '../valueParser.js';
import { BUILTINS, callMethod } from './builtins.js';
import { binaryOp, contains, unaryOp } from './operators.js';
import { parseExpr, type Expr } from './parser.js';
import { addUnique, bool, canonical, checkHashable, dictPut, equals, fromNode, isInt, lessThan, NotSupported, PyError, rangeItems, rangeLength, toBigInt, truthy, typeName, type PyValue } from './values.js';

export { canonical, NotSupported, PyError, type PyValue } from './values.js';
export { toStr } from './builtins.js';
export { truthy } from './values.js';

/** A name's canonical value string in the stop (locals, then globals), or undefined. */
export type NameLookup = (name: string) => string | undefined;

export function evaluatePython(text: string, lookUp: NameLookup): PyValue {
  return new Evaluation(lookUp).eval(parseExpr(text));
}

class Evaluation {
  constructor(private readonly lookUp: NameLookup) {}

  eval(e: Expr): PyValue {
    switch (e.k) {
      case 'const':
        return e.v;
      case 'name':
        return this.name(e.id);
      case 'list':
      case 'tuple':
        return { t: e.k, items: e.items.map((x) => this.eval(x)) };
      case 'set': {
        const items: PyValue[] = [];
        for (const x of e.items) addUnique(items, this.eval(x));
        return { t: 'set', items };
      }
      case 'dict': {
        const entries: [PyValue, PyValue][] = [];
        for (const [ke, ve] of e.entries) {
          const k = this.eval(ke);
          checkHashable(k); // before the value is evaluated, as Python does
          dictPut(entries, k, this.eval(ve));
        }
        return { t: 'dict', entries };
      }
      case 'unary':
        return e.op === 'not' ? bool(!truthy(this.eval(e.x))) : unaryOp(e.op, this.eval(e.x));
      case 'binary':
        return binaryOp(e.op, this.eval(e.l), this.eval(e.r));
      case 'bool': {
        const l = this.eval(e.l);
        return truthy(l) === (e.op === 'or') ? l : this.eval(e.r);
      }
      case 'compare':
        return this.compare(e);
      case 'if':
        return truthy(this.eval(e.test)) ? this.eval(e.body) : this.eval(e.orelse);
      case 'attr':
        return this.attribute(this.eval(e.x), e.name);
      case 'call':
        return this.call(e);
      case 'index':
        return this.index(this.eval(e.x), e.index);
      case 'slice':
        throw new PyError('SyntaxError', 'a slice is allowed only inside [ ]');
    }
  }

  private name(id: string): PyValue {
    const text = this.lookUp(id);
    if (text === undefined) {
      if (id in BUILTINS) throw new NotSupported(`the builtin ${id} has no value to show: call it, e.g. ${id}(...)`);
      throw new PyError('NameError', `name '${id}' is not defined`);
    }
    const node = parseValue(text);
    if (node === null) throw new NotSupported(`the predicted value of ${id} (${text}) is not a whole value the evaluator can use`);
    return fromNode(node, text);
  }

  private compare(e: Extract<Expr, { k: 'compare' }>): PyValue {
    let left = this.eval(e.first);
    for (const [op, rightExpr] of e.rest) {
      const right = this.eval(rightExpr);
      if (!compareOnce(op, left, right)) return bool(false);
      left = right;
    }
    return bool(true);
  }

  private attribute(x: PyValue, name: string): PyValue {
    if (x.t === 'object') {
      const hit = x.attrs.find(([k]) => k === name);
      if (hit) return hit[1];
      throw new NotSupported(`the predicted state shows no attribute '${name}' of the ${x.cls} object (a method or class attribute needs the program)`);
    }
    throw new NotSupported(`${typeName(x)}.${name} without a call is not supported here`);
  }

  private call(e: Extract<Expr, { k: 'call' }>): PyValue {
    const args = e.args.map((a) => this.eval(a));
    const kwargs = new Map(e.kwargs.map(([k, v]) => [k, this.eval(v)] as const));
    if (e.f.k === 'attr') return callMethod(this.eval(e.f.x), e.f.name, args, kwargs);
    if (e.f.k === 'name') {
      const builtin = BUILTINS[e.f.id];
      if (builtin && this.lookUp(e.f.id) === undefined) return builtin(args, kwargs);
      if (this.lookUp(e.f.id) !== undefined) throw new PyError('TypeError', `'${typeName(this.name(e.f.id))}' object is not callable`);
      throw new NotSupported(`calling ${e.f.id}() runs the program's code: only pure builtins (len, min, max, sum, sorted, abs, round, str, ...) are evaluated here`);
    }
    throw new NotSupported('only builtins and methods can be called here');
  }

  private index(x: PyValue, indexExpr: Expr): PyValue {
    if (indexExpr.k === 'slice') return this.slice(x, indexExpr);
    const key = this.eval(indexExpr);
    if (x.t === 'dict') {
      checkHashable(key);
      const hit = x.entries.find(([k]) => equals(k, key));
      if (!hit) throw new PyError('KeyError', canonical(key));
      return hit[1];
    }
    if (x.t === 'list' || x.t === 'tuple' || x.t === 'str' || x.t === 'range') {
      if (!isInt(key)) throw new PyError('TypeError', `${x.t === 'str' ? 'string' : x.t} indices must be integers${x.t === 'str' ? '' : ' or slices'}, not ${typeName(key)}`);
      const items = x.t === 'str' ? Array.from(x.v) : x.t === 'range' ? rangeItems(x) : x.items;
      let i = toBigInt(key);
      if (i < 0n) i += BigInt(items.length);
      if (i < 0n || i >= BigInt(items.length)) throw new PyError('IndexError', `${x.t === 'str' ? 'string' : x.t} index out of range`);
      const item = items[Number(i)]!;
      return typeof item === 'string' ? { t: 'str', v: item } : item;
    }
    throw new PyError('TypeError', `'${typeName(x)}' object is not subscriptable`);
  }

  private slice(x: PyValue, s: Extract<Expr, { k: 'slice' }>): PyValue {
    const bound = (e: Expr | null): bigint | null => {
      if (e === null) return null;
      const v = this.eval(e);
      if (v.t === 'none') return null;
      if (!isInt(v)) throw new PyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
      return toBigInt(v);
    };
    const [lower, upper, step] = [bound(s.lower), bound(s.upper), bound(s.step) ?? 1n];
    if (step === 0n) throw new PyError('ValueError', 'slice step cannot be zero');
    if (x.t !== 'list' && x.t !== 'tuple' && x.t !== 'str' && x.t !== 'range') throw new PyError('TypeError', `'${typeName(x)}' object is not subscriptable`);
    if (x.t === 'range') {
      // A slice of a range is a range.
      const b = sliceBounds(rangeLength(x), lower, upper, step);
      return { t: 'range', start: x.start + b.start * x.step, stop: x.start + b.stop * x.step, step: x.step * step };
    }
    const items: (PyValue | string)[] = x.t === 'str' ? Array.from(x.v) : x.items;
    const b = sliceBounds(BigInt(items.length), lower, upper, step);
    const picked: (PyValue | string)[] = [];
    for (let i = b.start; step > 0n ? i < b.stop : i > b.stop; i += step) picked.push(items[Number(i)]!);
    if (x.t === 'str') return { t: 'str', v: (picked as string[]).join('') };
    return { t: x.t, items: picked as PyValue[] };
  }
}

/** A slice's start and stop for a sequence of `len` items, as Python's slice.indices gives them. */
function sliceBounds(len: bigint, lower: bigint | null, upper: bigint | null, step: bigint): { start: bigint; stop: bigint } {
  const clamp = (v: bigint | null, dflt: bigint, lo: bigint, hi: bigint): bigint => {
    if (v === null) return dflt;
    const w = v < 0n ? v + len : v;
    return w < lo ? lo : w > hi ? hi : w;
  };
  if (step > 0n) return { start: clamp(lower, 0n, 0n, len), stop: clamp(upper, len, 0n, len) };
  return { start: clamp(lower, len - 1n, -1n, len - 1n), stop: clamp(upper, -1n, -1n, len - 1n) };
}

function compareOnce(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case '<':
    case '<=':
      return lessThan(a, b, op);
    case '>':
      return lessThan(b, a, op);
    case '>=':
      return lessThan(b, a, op);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    case 'is':
    case 'is not': {
      const singleton = (v: PyValue): boolean => v.t === 'none' || v.t === 'bool';
      if (!singleton(a) && !singleton(b)) throw new NotSupported(`'${op}' compares identities, which the predicted state does not have: use == instead`);
      const same = a.t === b.t && (a.t === 'none' || (a as { v: boolean }).v === (b as { v: boolean }).v);
      return op === 'is' ? same : !same;
    }
  }
  throw new NotSupported(`the comparison ${op} is not supported here`);
}


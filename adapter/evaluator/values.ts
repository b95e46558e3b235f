/**
 * Python values as the evaluator holds them, read from the canonical strings of a stop
 * (docs/trace-format.md, "Canonical values") and written back in the same canonical form
 * (training/canon.py): so a result prints as the real debugger's canonical value would.
 * Python's equality, ordering, truth and hashing rules live here.
 */
import { floatRepr, strRepr } from '../canonicalValue.js';
import { EvaluationError } from '../expression.js';
import type { ValueNode } from '../valueParser.js';

export type PyValue =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'list'; items: PyValue[] }
  | { t: 'tuple'; items: PyValue[] }
  | { t: 'set'; items: PyValue[] }
  | { t: 'frozenset'; items: PyValue[] }
  | { t: 'dict'; entries: [PyValue, PyValue][] }
  | { t: 'object'; cls: string; attrs: [string, PyValue][] }
  | { t: 'range'; start: bigint; stop: bigint; step: bigint }
  | { t: 'dict_keys'; items: PyValue[] }
  | { t: 'dict_values'; items: PyValue[] }
  | { t: 'dict_items'; items: PyValue[] }
  /** zip, enumerate, reversed, map: their items, already taken. */
  | { t: 'iterator'; kind: string; items: PyValue[] }
  /** A value the evaluator can name but not compute with (`<module 'os'>`, `<Point object>`). */
  | { t: 'opaque'; type: string; text: string };

/** An error Python raises for the same expression (`type` is its class name). */
export class PyError extends EvaluationError {
  constructor(
    readonly pyType: string,
    detail: string,
  ) {
    super(`${pyType}: ${detail}`);
  }
}

/** Python could answer this, the evaluator cannot (it never runs the program). */
export class NotSupported extends EvaluationError {}

const MAX_LEN = 100; // canon.py's cut
export const NONE: PyValue = { t: 'none' };
export const bool = (v: boolean): PyValue => ({ t: 'bool', v });
export const int = (v: bigint): PyValue => ({ t: 'int', v });
export const str = (v: string): PyValue => ({ t: 'str', v });

export function fromNode(node: ValueNode, text: string): PyValue {
  switch (node.kind) {
    case 'leaf': {
      const v = node.value;
      if (node.type === 'str' && typeof v === 'string') return str(v);
      if (typeof v === 'bigint') return int(v);
      if (typeof v === 'number') return { t: 'float', v };
      if (typeof v === 'boolean') return bool(v);
      if (node.type === 'NoneType') return NONE;
      return { t: 'opaque', type: node.type, text: text.slice(node.start, node.end) };
    }
    case 'dict':
      return { t: 'dict', entries: node.entries.map((e) => [fromNode(e.key, text), fromNode(e.value, text)]) };
    case 'object':
      return { t: 'object', cls: node.className, attrs: node.attrs.map((a) => [a.name, fromNode(a.value, text)]) };
    default:
      return { t: node.kind, items: node.items.map((n) => fromNode(n, text)) } as PyValue;
  }
}

export function typeName(v: PyValue): string {
  switch (v.t) {
    case 'none':
      return 'NoneType';
    case 'object':
      return v.cls;
    case 'opaque':
      return v.type;
    case 'iterator':
      return v.kind;
    default:
      return v.t;
  }
}

export const isNumber = (v: PyValue): v is Extract<PyValue, { t: 'bool' | 'int' | 'float' }> => v.t === 'bool' || v.t === 'int' || v.t === 'float';
export const isInt = (v: PyValue): v is Extract<PyValue, { t: 'bool' | 'int' }> => v.t === 'bool' || v.t === 'int';
export const toBigInt = (v: Extract<PyValue, { t: 'bool' | 'int' }>): bigint => (v.t === 'bool' ? BigInt(v.v) : v.v);
export const toNumber = (v: Extract<PyValue, { t: 'bool' | 'int' | 'float' }>): number => (v.t === 'float' ? v.v : Number(v.t === 'bool' ? BigInt(v.v) : v.v));

export function truthy(v: PyValue): boolean {
  switch (v.t) {
    case 'none':
      return false;
    case 'bool':
      return v.v;
    case 'int':
      return v.v !== 0n;
    case 'float':
      return v.v !== 0;
    case 'str':
      return v.v !== '';
    case 'dict':
      return v.entries.length > 0;
    case 'range':
      return rangeLength(v) > 0n;
    case 'object':
    case 'opaque':
    case 'iterator':
      return true; // objects without __bool__/__len__ are true; a guess for the others
    default:
      return v.items.length > 0;
  }
}

export function rangeLength(r: Extract<PyValue, { t: 'range' }>): bigint {
  const span = r.step > 0n ? r.stop - r.start : r.start - r.stop;
  const step = r.step > 0n ? r.step : -r.step;
  return span <= 0n ? 0n : (span + step - 1n) / step;
}

/** `a == b` as Python answers it for these types. */
export function equals(a: PyValue, b: PyValue): boolean {
  if (isNumber(a) && isNumber(b)) return numberOrder(a, b) === 0;
  if (a.t === 'object' || b.t === 'object' || a.t === 'opaque' || b.t === 'opaque') {
    if (a.t !== b.t) return false;
    throw new NotSupported(`comparing two ${typeName(a)} objects needs their __eq__, which runs only in the program`);
  }
  const setLike = (v: PyValue): boolean => v.t === 'set' || v.t === 'frozenset' || v.t === 'dict_keys';
  if (setLike(a) && setLike(b)) {
    const x = (a as { items: PyValue[] }).items;
    const y = (b as { items: PyValue[] }).items;
    return x.length === y.length && x.every((item) => y.some((other) => equals(item, other)));
  }
  if (a.t !== b.t) return false;
  switch (a.t) {
    case 'none':
      return true;
    case 'str':
      return a.v === (b as typeof a).v;
    case 'dict': {
      const other = (b as typeof a).entries;
      return a.entries.length === other.length && a.entries.every(([k, v]) => {
        const hit = other.find(([k2]) => equals(k, k2));
        return hit !== undefined && equals(v, hit[1]);
      });
    }
    case 'range':
      return equals({ t: 'list', items: rangeItems(a) }, { t: 'list', items: rangeItems(b as typeof a) });
    case 'list':
    case 'tuple':
    case 'dict_items':
    case 'dict_values': {
      if (a.t === 'dict_values') return false; // dict_values compare by identity
      const y = (b as typeof a).items;
      return a.items.length === y.length && a.items.every((item, i) => equals(item, y[i]!));
    }
    default:
      return false;
  }
}

export function rangeItems(r: Extract<PyValue, { t: 'range' }>): PyValue[] {
  const n = rangeLength(r);
  if (n > 100_000n) throw new NotSupported(`a range of ${n} items is too long to expand here`);
  const items: PyValue[] = [];
  for (let i = 0n; i < n; i++) items.push(int(r.start + i * r.step));
  return items;
}

/** Sets `key` in dict entries (an equal key keeps its place, as in Python). */
export function dictPut(entries: [PyValue, PyValue][], key: PyValue, value: PyValue): void {
  checkHashable(key);
  const hit = entries.find(([k]) => equals(k, key));
  if (hit) hit[1] = value;
  else entries.push([key, value]);
}

/** Python's `a < b` (`<=` when `orEqual`); TypeError for types without an order between them. */
export function lessThan(a: PyValue, b: PyValue, op: string): boolean {
  const orEqual = op === '<=' || op === '>=';
  if (isNumber(a) && isNumber(b)) {
    const order = numberOrder(a, b);
    return order !== null && (orEqual ? order <= 0 : order < 0);
  }
  if (a.t === 'str' && b.t === 'str') return orEqual ? codePointOrder(a.v, b.v) <= 0 : codePointOrder(a.v, b.v) < 0;
  if ((a.t === 'list' && b.t === 'list') || (a.t === 'tuple' && b.t === 'tuple')) {
    const y = (b as typeof a).items;
    for (let i = 0; i < Math.min(a.items.length, y.length); i++) {
      if (!equals(a.items[i]!, y[i]!)) return lessThan(a.items[i]!, y[i]!, '<');
    }
    return orEqual ? a.items.length <= y.length : a.items.length < y.length;
  }
  const setLike = (v: PyValue): v is Extract<PyValue, { t: 'set' | 'frozenset' }> => v.t === 'set' || v.t === 'frozenset';
  if (setLike(a) && setLike(b)) {
    const subset = a.items.every((x) => b.items.some((y) => equals(x, y)));
    return orEqual ? subset : subset && a.items.length < b.items.length;
  }
  throw new PyError('TypeError', `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * -1, 0 or 1 as `a` is below, equal to or above `b`; null when a NaN makes them unordered.
 * An int and a float compare exactly, as in Python (2 ** 53 + 1 != float(2 ** 53 + 1)).
 */
function numberOrder(a: Extract<PyValue, { t: 'bool' | 'int' | 'float' }>, b: Extract<PyValue, { t: 'bool' | 'int' | 'float' }>): number | null {
  if (a.t !== 'float' && b.t !== 'float') return Math.sign(Number(toBigInt(a) - toBigInt(b)));
  if (a.t === 'float' && b.t === 'float') return Number.isNaN(a.v) || Number.isNaN(b.v) ? null : Math.sign(a.v - b.v) || 0;
  const [i, f, flip] = a.t === 'float' ? [toBigInt(b as Extract<PyValue, { t: 'bool' | 'int' }>), a.v, -1] : [toBigInt(a), (b as { v: number }).v, 1];
  if (Number.isNaN(f)) return null;
  if (!Number.isFinite(f)) return (f > 0 ? -1 : 1) * flip;
  const floor = BigInt(Math.floor(f));
  const order = i < floor ? -1 : i > floor ? 1 : f === Math.floor(f) ? 0 : -1;
  return order * flip || 0;
}

function codePointOrder(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** Keys of dicts and items of sets must be hashable. */
export function checkHashable(v: PyValue): void {
  if (v.t === 'list' || v.t === 'dict' || v.t === 'set' || v.t.startsWith('dict_')) {
    throw new PyError('TypeError', `unhashable type: '${typeName(v)}'`);
  }
  if (v.t === 'tuple') v.items.forEach(checkHashable);
}

/** Adds `item` to set items unless an equal one is there. */
export function addUnique(items: PyValue[], item: PyValue): void {
  checkHashable(item);
  if (!items.some((x) => equals(x, item))) items.push(item);
}

/** The canonical string of a result, cut as canon.py cuts. */
export function canonical(v: PyValue): string {
  const chars = Array.from(repr(v));
  return chars.length <= MAX_LEN ? chars.join('') : `${chars.slice(0, MAX_LEN - 3).join('')}...`;
}

/** repr(v) in canonical form, uncut (str(v) for a non-string). */
export function repr(v: PyValue): string {
  switch (v.t) {
    case 'none':
      return 'None';
    case 'bool':
      return v.v ? 'True' : 'False';
    case 'int':
      return v.v.toString();
    case 'float':
      return floatRepr(v.v);
    case 'str':
      return strRepr(v.v);
    case 'list':
      return `[${v.items.map(repr).join(', ')}]`;
    case 'tuple':
      return v.items.length === 1 ? `(${repr(v.items[0]!)},)` : `(${v.items.map(repr).join(', ')})`;
    case 'set':
      return v.items.length === 0 ? 'set()' : `{${setOrder(v.items).join(', ')}}`;
    case 'frozenset':
      return v.items.length === 0 ? 'frozenset()' : `frozenset({${setOrder(v.items).join(', ')}})`;
    case 'dict':
      return `{${v.entries.map(([k, x]) => `${repr(k)}: ${repr(x)}`).join(', ')}}`;
    case 'object':
      return `${v.cls}(${v.attrs.map(([k, x]) => `${k}=${repr(x)}`).join(', ')})`;
    case 'range':
      return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
    case 'dict_keys':
    case 'dict_values':
    case 'dict_items':
      return `${v.t}([${v.items.map(repr).join(', ')}])`;
    case 'iterator':
      throw new NotSupported(`a ${v.kind} object has no value to show: wrap it in list(...)`);
    case 'opaque':
      return v.text;
  }
}

/** canon.py's set order: numbers ascending, then strings, then the rest by canonical string. */
function setOrder(items: PyValue[]): string[] {
  const rank = (v: PyValue): number => (isNumber(v) && !(v.t === 'float' && Number.isNaN(v.v)) ? 0 : v.t === 'str' ? 1 : 2);
  return [...items]
    .sort((a, b) => {
      const r = rank(a) - rank(b);
      if (r !== 0) return r;
      if (rank(a) === 0) return lessThan(a, b, '<') ? -1 : lessThan(b, a, '<') ? 1 : 0;
      const x = a.t === 'str' ? a.v : canonical(a);
      const y = b.t === 'str' ? b.v : canonical(b);
      return codePointOrder(x, y);
    })
    .map(repr);
}

/**
 * The pure builtins and the non-mutating methods of str, list, tuple, dict and set that the
 * evaluator offers. Each follows CPython 3.11's behaviour for the argument types it accepts;
 * anything else is NotSupported, with the name.
 */
import { floatRepr } from '../canonicalValue.js';
import { asFloat, binaryOp, contains, iterate } from './operators.js';
import { addUnique, bool, checkHashable, dictPut, equals, int, isInt, isNumber, lessThan, NONE, NotSupported, PyError, repr, str, toBigInt, truthy, typeName, type PyValue } from './values.js';

type Fn = (args: PyValue[], kwargs: Map<string, PyValue>) => PyValue;

function arity(name: string, args: PyValue[], min: number, max = min): void {
  if (args.length < min || args.length > max) {
    const want = min === max ? `exactly ${min}` : args.length < min ? `at least ${min}` : `at most ${max}`;
    throw new PyError('TypeError', `${name}() takes ${want} argument${(min === max ? min : args.length < min ? min : max) === 1 ? '' : 's'} (${args.length} given)`);
  }
}

function noKwargs(name: string, kwargs: Map<string, PyValue>, allowed: string[] = []): void {
  for (const k of kwargs.keys()) if (!allowed.includes(k)) throw new NotSupported(`${name}() with the keyword argument ${k}= is not supported here`);
}

const list = (items: PyValue[]): PyValue => ({ t: 'list', items });
const tuple = (items: PyValue[]): PyValue => ({ t: 'tuple', items });

function sortValues(items: PyValue[], reverse: boolean): PyValue[] {
  // Python's sort is stable also with reverse=True: equal items keep their order.
  return [...items].sort((a, b) => (reverse ? (lessThan(b, a, '<') ? -1 : lessThan(a, b, '<') ? 1 : 0) : lessThan(a, b, '<') ? -1 : lessThan(b, a, '<') ? 1 : 0));
}

function extreme(name: 'min' | 'max', args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  noKwargs(name, kwargs);
  if (args.length === 0) throw new PyError('TypeError', `${name} expected at least 1 argument, got 0`);
  const items = args.length === 1 ? iterate(args[0]!) : args;
  if (items.length === 0) throw new PyError('ValueError', `${name}() iterable argument is empty`);
  let best = items[0]!;
  for (const x of items.slice(1)) if (name === 'min' ? lessThan(x, best, '<') : lessThan(best, x, '<')) best = x;
  return best;
}

/** str(v): the text of a str, repr of anything else. */
export function toStr(v: PyValue): string {
  return v.t === 'str' ? v.v : repr(v);
}

function toInt(v: PyValue): PyValue {
  if (isInt(v)) return int(toBigInt(v));
  if (v.t === 'float') {
    if (!Number.isFinite(v.v)) throw new PyError(Number.isNaN(v.v) ? 'ValueError' : 'OverflowError', `cannot convert float ${floatRepr(v.v)} to integer`);
    return int(BigInt(Math.trunc(v.v)));
  }
  if (v.t === 'str') {
    const t = v.v.trim();
    if (/^[-+]?\d+(_\d+)*$/.test(t)) return int(BigInt(t.replace(/_/g, '')));
    throw new PyError('ValueError', `invalid literal for int() with base 10: ${repr(v)}`);
  }
  throw new PyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
}

function toFloat(v: PyValue): PyValue {
  if (isNumber(v)) return { t: 'float', v: asFloat(v) };
  if (v.t === 'str') {
    const t = v.v.trim().toLowerCase().replace(/_/g, '');
    const special: Record<string, number> = { inf: Infinity, '+inf': Infinity, '-inf': -Infinity, infinity: Infinity, '-infinity': -Infinity, nan: NaN };
    if (t in special) return { t: 'float', v: special[t]! };
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/.test(t)) return { t: 'float', v: Number(t) };
    throw new PyError('ValueError', `could not convert string to float: ${repr(v)}`);
  }
  throw new PyError('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

/** round(x, n): halves to even, on the exact binary value of a float (as CPython does). */
function round(x: PyValue, digits: PyValue | undefined): PyValue {
  if (digits === undefined || digits.t === 'none') {
    if (isInt(x)) return int(toBigInt(x));
    if (x.t !== 'float') throw new PyError('TypeError', `type ${typeName(x)} doesn't define __round__ method`);
    if (!Number.isFinite(x.v)) throw new PyError(Number.isNaN(x.v) ? 'ValueError' : 'OverflowError', `cannot convert float ${floatRepr(x.v)} to integer`);
    const floor = Math.floor(x.v);
    const diff = x.v - floor;
    const up = diff > 0.5 || (diff === 0.5 && floor % 2 !== 0);
    return int(BigInt(up ? floor + 1 : floor));
  }
  if (!isInt(digits)) throw new PyError('TypeError', `'${typeName(digits)}' object cannot be interpreted as an integer`);
  const n = toBigInt(digits);
  if (isInt(x)) {
    if (n >= 0n) return int(toBigInt(x));
    const q = 10n ** -n;
    const v = toBigInt(x);
    let r = v % q;
    if (r < 0n) r += q;
    const down = v - r;
    const twice = 2n * r;
    const even = (down / q) % 2n === 0n;
    return int(twice > q || (twice === q && !even) ? down + q : down);
  }
  if (x.t !== 'float') throw new PyError('TypeError', `type ${typeName(x)} doesn't define __round__ method`);
  if (!Number.isFinite(x.v) || n > 300n) return x;
  if (n < 0n) throw new NotSupported('round() of a float to negative digits is not supported here');
  return { t: 'float', v: roundDecimal(x.v, Number(n)) };
}

function roundDecimal(x: number, n: number): number {
  const exact = Math.abs(x).toFixed(Math.min(100, n + 60)); // the binary value, in decimal
  const [whole, frac = ''] = exact.split('.') as [string, string?];
  const kept = frac.slice(0, n);
  const rest = frac.slice(n);
  let digits = BigInt(whole + kept);
  const half = rest[0] === '5' && /^5(0*)$/.test(rest);
  if (rest[0]! > '5' || (rest[0] === '5' && !half) || (half && digits % 2n === 1n)) digits += 1n;
  const text = digits.toString().padStart(n + 1, '0');
  const value = Number(n === 0 ? text : `${text.slice(0, -n)}.${text.slice(-n)}`);
  return x < 0 ? -value : value;
}

function rangeOf(args: PyValue[]): PyValue {
  arity('range', args, 1, 3);
  const ints = args.map((a) => {
    if (!isInt(a)) throw new PyError('TypeError', `'${typeName(a)}' object cannot be interpreted as an integer`);
    return toBigInt(a);
  });
  const [start, stop, step] = ints.length === 1 ? [0n, ints[0]!, 1n] : [ints[0]!, ints[1]!, ints[2] ?? 1n];
  if (step === 0n) throw new PyError('ValueError', 'range() arg 3 must not be zero');
  return { t: 'range', start, stop, step };
}

function dictOf(args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  arity('dict', args, 0, 1);
  const entries: [PyValue, PyValue][] = [];
  const put = (k: PyValue, v: PyValue): void => dictPut(entries, k, v);
  const source = args[0];
  if (source?.t === 'dict') source.entries.forEach(([k, v]) => put(k, v));
  else if (source) {
    iterate(source).forEach((pair, i) => {
      const kv = iterate(pair);
      if (kv.length !== 2) throw new PyError('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      put(kv[0]!, kv[1]!);
    });
  }
  for (const [k, v] of kwargs) put(str(k), v);
  return { t: 'dict', entries };
}

export const BUILTINS: Record<string, Fn> = {
  len: (args, kw) => {
    noKwargs('len', kw);
    arity('len', args, 1);
    const v = args[0]!;
    if (v.t === 'str') return int(BigInt(Array.from(v.v).length));
    if (v.t === 'dict') return int(BigInt(v.entries.length));
    if (v.t === 'range') return int(BigInt(iterate(v).length));
    if ('items' in v && v.t !== 'iterator') return int(BigInt(v.items.length));
    throw new PyError('TypeError', `object of type '${typeName(v)}' has no len()`);
  },
  min: (args, kw) => extreme('min', args, kw),
  max: (args, kw) => extreme('max', args, kw),
  sum: (args, kw) => {
    noKwargs('sum', kw);
    arity('sum', args, 1, 2);
    const start = args[1] ?? int(0n);
    if (start.t === 'str') throw new PyError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    return iterate(args[0]!).reduce((acc, x) => binaryOp('+', acc, x), start);
  },
  sorted: (args, kw) => {
    noKwargs('sorted', kw, ['reverse']);
    arity('sorted', args, 1);
    return list(sortValues(iterate(args[0]!), truthy(kw.get('reverse') ?? bool(false))));
  },
  abs: (args, kw) => {
    noKwargs('abs', kw);
    arity('abs', args, 1);
    const v = args[0]!;
    if (isInt(v)) return int(toBigInt(v) < 0n ? -toBigInt(v) : toBigInt(v));
    if (v.t === 'float') return { t: 'float', v: Math.abs(v.v) };
    throw new PyError('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
  },
  round: (args, kw) => {
    noKwargs('round', kw);
    arity('round', args, 1, 2);
    return round(args[0]!, args[1]);
  },
  str: (args, kw) => (noKwargs('str', kw), arity('str', args, 0, 1), str(args[0] ? toStr(args[0]) : '')),
  repr: (args, kw) => (noKwargs('repr', kw), arity('repr', args, 1), str(repr(args[0]!))),
  int: (args, kw) => (noKwargs('int', kw), arity('int', args, 0, 1), args[0] ? toInt(args[0]) : int(0n)),
  float: (args, kw) => (noKwargs('float', kw), arity('float', args, 0, 1), args[0] ? toFloat(args[0]) : { t: 'float', v: 0 }),
  bool: (args, kw) => (noKwargs('bool', kw), arity('bool', args, 0, 1), bool(args[0] ? truthy(args[0]) : false)),
  list: (args, kw) => (noKwargs('list', kw), arity('list', args, 0, 1), list(args[0] ? [...iterate(args[0])] : [])),
  tuple: (args, kw) => (noKwargs('tuple', kw), arity('tuple', args, 0, 1), tuple(args[0] ? [...iterate(args[0])] : [])),
  set: (args, kw) => {
    noKwargs('set', kw);
    arity('set', args, 0, 1);
    const items: PyValue[] = [];
    for (const x of args[0] ? iterate(args[0]) : []) addUnique(items, x);
    return { t: 'set', items };
  },
  dict: dictOf,
  any: (args, kw) => (noKwargs('any', kw), arity('any', args, 1), bool(iterate(args[0]!).some(truthy))),
  all: (args, kw) => (noKwargs('all', kw), arity('all', args, 1), bool(iterate(args[0]!).every(truthy))),
  range: (args, kw) => (noKwargs('range', kw), rangeOf(args)),
  reversed: (args, kw) => {
    noKwargs('reversed', kw);
    arity('reversed', args, 1);
    const v = args[0]!;
    if (v.t === 'set' || v.t === 'frozenset' || v.t === 'iterator') throw new PyError('TypeError', `'${typeName(v)}' object is not reversible`);
    return { t: 'iterator', kind: 'reversed', items: [...iterate(v)].reverse() };
  },
  enumerate: (args, kw) => {
    noKwargs('enumerate', kw, ['start']);
    arity('enumerate', args, 1, 2);
    const start = args[1] ?? kw.get('start') ?? int(0n);
    if (!isInt(start)) throw new PyError('TypeError', `'${typeName(start)}' object cannot be interpreted as an integer`);
    return { t: 'iterator', kind: 'enumerate', items: iterate(args[0]!).map((x, i) => tuple([int(toBigInt(start) + BigInt(i)), x])) };
  },
  zip: (args, kw) => {
    noKwargs('zip', kw);
    const columns = args.map(iterate);
    const n = columns.length ? Math.min(...columns.map((c) => c.length)) : 0;
    return { t: 'iterator', kind: 'zip', items: Array.from({ length: n }, (_, i) => tuple(columns.map((c) => c[i]!))) };
  },
};

// Methods, by the receiver's type. `self` is the receiver.
type Method = (self: PyValue, args: PyValue[]) => PyValue;

const strArg = (name: string, v: PyValue | undefined, what = 'str'): string | undefined => {
  if (v === undefined || v.t === 'none') return undefined;
  if (v.t !== 'str') throw new PyError('TypeError', `${name} arg must be None or ${what}, not ${typeName(v)}`);
  return v.v;
};

function stripChars(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars === undefined ? null : new Set(Array.from(chars));
  const strip = (c: string): boolean => (set ? set.has(c) : /\s/.test(c));
  const cs = Array.from(s);
  let a = 0;
  let b = cs.length;
  while (left && a < b && strip(cs[a]!)) a++;
  while (right && b > a && strip(cs[b - 1]!)) b--;
  return cs.slice(a, b).join('');
}

function split(s: string, sep: string | undefined, maxsplit: number): PyValue {
  let parts: string[];
  if (sep === undefined) {
    parts = [];
    let rest = s.replace(/^\s+/, '');
    while (rest !== '') {
      if (maxsplit >= 0 && parts.length === maxsplit) {
        parts.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (!m) {
        parts.push(rest);
        break;
      }
      parts.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
  } else {
    if (sep === '') throw new PyError('ValueError', 'empty separator');
    const all = s.split(sep);
    parts = maxsplit >= 0 && all.length > maxsplit + 1 ? [...all.slice(0, maxsplit), all.slice(maxsplit).join(sep)] : all;
  }
  return list(parts.map(str));
}

const cased = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
/** Index in code points of a UTF-16 index. */
const cpIndex = (s: string, i: number): number => (i < 0 ? -1 : Array.from(s.slice(0, i)).length);

function pad(name: string, s: string, args: PyValue[], place: (s: string, total: number, fill: string) => string): PyValue {
  arity(name, args, 1, 2);
  const width = args[0]!;
  if (!isInt(width)) throw new PyError('TypeError', `'${typeName(width)}' object cannot be interpreted as an integer`);
  const fill = args[1] === undefined ? ' ' : strArg(name, args[1])!;
  if (Array.from(fill).length !== 1) throw new PyError('TypeError', 'The fill character must be exactly one character long');
  const total = Number(toBigInt(width)) - Array.from(s).length;
  return str(total <= 0 ? s : place(s, total, fill));
}

const STR_METHODS: Record<string, (s: string, args: PyValue[]) => PyValue> = {
  lower: (s, a) => (arity('lower', a, 0), str(s.toLowerCase())),
  upper: (s, a) => (arity('upper', a, 0), str(s.toUpperCase())),
  strip: (s, a) => (arity('strip', a, 0, 1), str(stripChars(s, strArg('strip', a[0]), true, true))),
  lstrip: (s, a) => (arity('lstrip', a, 0, 1), str(stripChars(s, strArg('lstrip', a[0]), true, false))),
  rstrip: (s, a) => (arity('rstrip', a, 0, 1), str(stripChars(s, strArg('rstrip', a[0]), false, true))),
  split: (s, a) => {
    arity('split', a, 0, 2);
    const max = a[1];
    if (max !== undefined && !isInt(max)) throw new PyError('TypeError', `'${typeName(max)}' object cannot be interpreted as an integer`);
    return split(s, strArg('split', a[0]), max ? Number(toBigInt(max)) : -1);
  },
  join: (s, a) => {
    arity('join', a, 1);
    return str(
      iterate(a[0]!)
        .map((x, i) => {
          if (x.t !== 'str') throw new PyError('TypeError', `sequence item ${i}: expected str instance, ${typeName(x)} found`);
          return x.v;
        })
        .join(s),
    );
  },
  replace: (s, a) => {
    arity('replace', a, 2, 3);
    const [old, rep] = [strArg('replace', a[0], 'str')!, strArg('replace', a[1], 'str')!];
    let count = a[2] ? Number(toBigInt(a[2] as Extract<PyValue, { t: 'int' }>)) : -1;
    if (old === '') {
      // '' matches before every character and at the end.
      const chars = Array.from(s);
      const n = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
      return str(chars.map((c, i) => (i < n ? rep + c : c)).join('') + (n > chars.length ? rep : ''));
    }
    let out = '';
    let rest = s;
    for (let i = rest.indexOf(old); i >= 0 && count !== 0; i = rest.indexOf(old), count--) {
      out += rest.slice(0, i) + rep;
      rest = rest.slice(i + old.length);
    }
    return str(out + rest);
  },
  startswith: (s, a) => {
    arity('startswith', a, 1, 3);
    const [part] = window(s, a);
    return bool(affixes('startswith', a[0]!).some((p) => part.startsWith(p)));
  },
  endswith: (s, a) => {
    arity('endswith', a, 1, 3);
    const [part] = window(s, a);
    return bool(affixes('endswith', a[0]!).some((p) => part.endsWith(p)));
  },
  find: (s, a) => int(BigInt(find('find', s, a, false))),
  rfind: (s, a) => int(BigInt(find('rfind', s, a, true))),
  index: (s, a) => {
    const i = find('index', s, a, false);
    if (i < 0) throw new PyError('ValueError', 'substring not found');
    return int(BigInt(i));
  },
  count: (s, a) => {
    arity('count', a, 1, 3);
    const sub = strArg('count', a[0], 'str')!;
    const [part] = window(s, a);
    return int(BigInt(sub === '' ? Array.from(part).length + 1 : part.split(sub).length - 1));
  },
  isdigit: (s, a) => (arity('isdigit', a, 0), bool(/^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]+$/u.test(s))),
  isalpha: (s, a) => (arity('isalpha', a, 0), bool(/^\p{L}+$/u.test(s))),
  isalnum: (s, a) => (arity('isalnum', a, 0), bool(/^[\p{L}\p{N}]+$/u.test(s))),
  isspace: (s, a) => (arity('isspace', a, 0), bool(/^[\s\x1c-\x1f]+$/.test(s))),
  isupper: (s, a) => (arity('isupper', a, 0), bool(Array.from(s).some(cased) && s === s.toUpperCase())),
  islower: (s, a) => (arity('islower', a, 0), bool(Array.from(s).some(cased) && s === s.toLowerCase())),
  title: (s, a) => {
    arity('title', a, 0);
    let out = '';
    let previousCased = false;
    for (const c of s) {
      out += previousCased ? c.toLowerCase() : c.toUpperCase();
      previousCased = cased(c);
    }
    return str(out);
  },
  capitalize: (s, a) => {
    arity('capitalize', a, 0);
    const [first = '', ...rest] = Array.from(s);
    return str(first.toUpperCase() + rest.join('').toLowerCase());
  },
  zfill: (s, a) => {
    arity('zfill', a, 1);
    if (!isInt(a[0]!)) throw new PyError('TypeError', `'${typeName(a[0]!)}' object cannot be interpreted as an integer`);
    const width = Number(toBigInt(a[0]));
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    const body = s.slice(sign.length);
    return str(sign + body.padStart(Math.max(0, width - sign.length), '0'));
  },
  center: (s, a) =>
    pad('center', s, a, (text, total, fill) => {
      // CPython: the odd fill character goes left only when the margin and the width are both odd.
      const left = Math.floor(total / 2) + (total & (total + Array.from(text).length) & 1);
      return fill.repeat(left) + text + fill.repeat(total - left);
    }),
  ljust: (s, a) => pad('ljust', s, a, (text, total, fill) => text + fill.repeat(total)),
  rjust: (s, a) => pad('rjust', s, a, (text, total, fill) => fill.repeat(total) + text),
};

/** The part of `s` that the optional start and end arguments (args[1], args[2]) select, and its offset in code points. */
function window(s: string, args: PyValue[]): [string, number] {
  const chars = Array.from(s);
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined || v.t === 'none') return dflt;
    if (!isInt(v)) throw new PyError('TypeError', 'slice indices must be integers or None or have an __index__ method');
    const n = Number(toBigInt(v));
    return Math.max(0, Math.min(chars.length, n < 0 ? n + chars.length : n));
  };
  const start = bound(args[1], 0);
  const end = bound(args[2], chars.length);
  return [chars.slice(start, Math.max(start, end)).join(''), start];
}

/** str.find / rfind / index: the code-point position of args[0] in the window, or -1. */
function find(name: string, s: string, args: PyValue[], last: boolean): number {
  arity(name, args, 1, 3);
  const sub = strArg(name, args[0], 'str')!;
  const [part, offset] = window(s, args);
  const i = last ? part.lastIndexOf(sub) : part.indexOf(sub);
  return i < 0 ? -1 : offset + cpIndex(part, i);
}

function affixes(name: string, v: PyValue): string[] {
  if (v.t === 'str') return [v.v];
  if (v.t === 'tuple' && v.items.every((x) => x.t === 'str')) return v.items.map((x) => (x as { v: string }).v);
  throw new PyError('TypeError', `${name} first arg must be str or a tuple of str, not ${typeName(v)}`);
}

function sequenceIndex(items: PyValue[], args: PyValue[], kind: string): PyValue {
  arity('index', args, 1, 3);
  const bound = (v: PyValue | undefined, dflt: number): number => {
    if (v === undefined) return dflt;
    if (!isInt(v)) throw new PyError('TypeError', 'slice indices must be integers or have an __index__ method');
    const n = Number(toBigInt(v));
    return Math.max(0, Math.min(items.length, n < 0 ? n + items.length : n));
  };
  const [start, end] = [bound(args[1], 0), bound(args[2], items.length)];
  const i = items.findIndex((x, j) => j >= start && j < end && equals(x, args[0]!));
  if (i < 0) throw new PyError('ValueError', kind === 'list' ? `${repr(args[0]!)} is not in list` : 'tuple.index(x): x not in tuple');
  return int(BigInt(i));
}

const SEQUENCE_METHODS: Record<string, Method> = {
  index: (self, a) => sequenceIndex((self as { items: PyValue[] }).items, a, self.t),
  count: (self, a) => (arity('count', a, 1), int(BigInt((self as { items: PyValue[] }).items.filter((x) => equals(x, a[0]!)).length))),
};

type DictValue = Extract<PyValue, { t: 'dict' }>;
const DICT_METHODS: Record<string, Method> = {
  keys: (self, a) => (arity('keys', a, 0), { t: 'dict_keys', items: (self as DictValue).entries.map(([k]) => k) }),
  values: (self, a) => (arity('values', a, 0), { t: 'dict_values', items: (self as DictValue).entries.map(([, v]) => v) }),
  items: (self, a) => (arity('items', a, 0), { t: 'dict_items', items: (self as DictValue).entries.map(([k, v]) => tuple([k, v])) }),
  get: (self, a) => {
    arity('get', a, 1, 2);
    checkHashable(a[0]!);
    return (self as DictValue).entries.find(([k]) => equals(k, a[0]!))?.[1] ?? a[1] ?? NONE;
  },
  copy: (self, a) => (arity('copy', a, 0), { t: 'dict', entries: [...(self as DictValue).entries] }),
};

type SetValue = Extract<PyValue, { t: 'set' | 'frozenset' }>;
const asSet = (v: PyValue): SetValue => {
  const items: PyValue[] = [];
  for (const x of iterate(v)) addUnique(items, x);
  return { t: 'set', items };
};
const setResult = (self: SetValue, op: string, args: PyValue[]): PyValue =>
  args.reduce<PyValue>((acc, other) => ({ ...(binaryOp(op, acc, asSet(other)) as SetValue), t: self.t }), self);
const SET_METHODS: Record<string, Method> = {
  union: (self, a) => setResult(self as SetValue, '|', a),
  intersection: (self, a) => setResult(self as SetValue, '&', a),
  difference: (self, a) => setResult(self as SetValue, '-', a),
  symmetric_difference: (self, a) => (arity('symmetric_difference', a, 1), setResult(self as SetValue, '^', a)),
  issubset: (self, a) => (arity('issubset', a, 1), bool(lessThan(self, asSet(a[0]!), '<='))),
  issuperset: (self, a) => (arity('issuperset', a, 1), bool(lessThan(asSet(a[0]!), self, '<='))),
  isdisjoint: (self, a) => (arity('isdisjoint', a, 1), bool(!(self as SetValue).items.some((x) => contains(asSet(a[0]!), x)))),
  copy: (self, a) => (arity('copy', a, 0), { ...(self as SetValue), items: [...(self as SetValue).items] }),
};

const MUTATING = new Set(['append', 'extend', 'insert', 'pop', 'remove', 'clear', 'sort', 'reverse', 'update', 'setdefault', 'popitem', 'add', 'discard', 'intersection_update', 'difference_update', 'symmetric_difference_update']);
const SET_NAMES = 'add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update';
/** Every method CPython 3.11 gives these types: a name outside them is an AttributeError, inside them but not above NotSupported. */
const PYTHON_METHODS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries({
    str: 'capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill',
    list: 'append clear copy count extend index insert pop remove reverse sort',
    tuple: 'count index',
    dict: 'clear copy fromkeys get items keys pop popitem setdefault update values',
    set: SET_NAMES,
    frozenset: 'copy difference intersection isdisjoint issubset issuperset symmetric_difference union',
    int: 'as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes',
    bool: 'as_integer_ratio bit_count bit_length conjugate from_bytes to_bytes',
    float: 'as_integer_ratio conjugate fromhex hex is_integer',
    none: '',
  }).map(([type, names]) => [type, new Set(names.split(' ').filter(Boolean))]),
);

/** Calls `self.name(*args)`. */
export function callMethod(self: PyValue, name: string, args: PyValue[], kwargs: Map<string, PyValue>): PyValue {
  noKwargs(name, kwargs);
  const known = PYTHON_METHODS[self.t];
  if (known && !known.has(name)) throw new PyError('AttributeError', `'${typeName(self)}' object has no attribute '${name}'`);
  if (MUTATING.has(name) && ['list', 'dict', 'set'].includes(self.t)) {
    throw new NotSupported(`${typeName(self)}.${name}() changes the value: the evaluator never changes the predicted state`);
  }
  let method: Method | undefined;
  if (self.t === 'str') {
    const m = STR_METHODS[name];
    if (m) return m(self.v, args);
  } else if (self.t === 'list' || self.t === 'tuple') {
    method = SEQUENCE_METHODS[name] ?? (self.t === 'list' && name === 'copy' ? (s) => ({ ...(s as { t: 'list'; items: PyValue[] }), items: [...(s as { items: PyValue[] }).items] }) : undefined);
  } else if (self.t === 'dict') method = DICT_METHODS[name];
  else if (self.t === 'set' || self.t === 'frozenset') method = SET_METHODS[name];
  if (method) return method(self, args);
  if (self.t === 'object' || self.t === 'opaque') {
    throw new NotSupported(`calling ${typeName(self)}.${name}() runs the program's code: not available in the predicted state`);
  }
  throw new NotSupported(`the method ${typeName(self)}.${name}() is not supported here`);
}

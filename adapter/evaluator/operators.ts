/** Python's arithmetic, bitwise, set and sequence operators over evaluator values. */
import { addUnique, checkHashable, equals, isInt, isNumber, NotSupported, PyError, rangeItems, toBigInt, toNumber, typeName, type PyValue } from './values.js';

const MAX_ITEMS = 100_000;

export function binaryOp(op: string, a: PyValue, b: PyValue): PyValue {
  // bool & | ^ bool stays a bool; any other arithmetic on bools is on ints.
  if (a.t === 'bool' && b.t === 'bool' && (op === '&' || op === '|' || op === '^')) {
    return { t: 'bool', v: op === '&' ? a.v && b.v : op === '|' ? a.v || b.v : a.v !== b.v };
  }
  if (isInt(a) && isInt(b)) return intOp(op, toBigInt(a), toBigInt(b));
  if (isNumber(a) && isNumber(b) && op !== '<<' && op !== '>>' && op !== '&' && op !== '|' && op !== '^') return floatOp(op, asFloat(a), asFloat(b));
  if (op === '+') {
    if (a.t === 'str' && b.t === 'str') return { t: 'str', v: a.v + b.v };
    if ((a.t === 'list' && b.t === 'list') || (a.t === 'tuple' && b.t === 'tuple')) return { t: a.t, items: [...a.items, ...(b as typeof a).items] };
    if (a.t === 'str' || a.t === 'list' || a.t === 'tuple') {
      throw new PyError('TypeError', a.t === 'str' ? `can only concatenate str (not "${typeName(b)}") to str` : `can only concatenate ${a.t} (not "${typeName(b)}") to ${a.t}`);
    }
  }
  if (op === '*') {
    if (isInt(b) && (a.t === 'str' || a.t === 'list' || a.t === 'tuple')) return repeat(a, toBigInt(b));
    if (isInt(a) && (b.t === 'str' || b.t === 'list' || b.t === 'tuple')) return repeat(b, toBigInt(a));
  }
  if (op === '%' && a.t === 'str') throw new NotSupported('%-formatting of strings is not supported here');
  const setLike = (v: PyValue): v is Extract<PyValue, { t: 'set' | 'frozenset' }> => v.t === 'set' || v.t === 'frozenset';
  if (setLike(a) && setLike(b) && ['&', '|', '-', '^'].includes(op)) return setOp(op, a, b);
  throw new PyError('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** An int or float operand as a float: OverflowError where the int is beyond the float range. */
export function asFloat(v: Extract<PyValue, { t: 'bool' | 'int' | 'float' }>): number {
  const x = toNumber(v);
  if (v.t !== 'float' && !Number.isFinite(x)) throw new PyError('OverflowError', 'int too large to convert to float');
  return x;
}

function intOp(op: string, a: bigint, b: bigint): PyValue {
  const int = (v: bigint): PyValue => ({ t: 'int', v });
  switch (op) {
    case '+':
      return int(a + b);
    case '-':
      return int(a - b);
    case '*':
      return int(a * b);
    case '/':
      if (b === 0n) throw new PyError('ZeroDivisionError', 'division by zero');
      if (!Number.isFinite(Number(a)) || !Number.isFinite(Number(b))) throw new NotSupported('true division of ints beyond the float range is not computed here');
      return { t: 'float', v: Number(a) / Number(b) };
    case '//':
    case '%': {
      if (b === 0n) throw new PyError('ZeroDivisionError', 'integer division or modulo by zero');
      let q = a / b;
      let r = a % b;
      if (r !== 0n && r < 0n !== b < 0n) {
        q -= 1n;
        r += b;
      }
      return int(op === '//' ? q : r);
    }
    case '**':
      if (b < 0n) {
        if (a === 0n) throw new PyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return { t: 'float', v: Number(a) ** Number(b) };
      }
      if (b > 10_000n) throw new NotSupported('a power this large is not computed here');
      return int(a ** b);
    case '&':
      return int(a & b);
    case '|':
      return int(a | b);
    case '^':
      return int(a ^ b);
    case '<<':
    case '>>':
      if (b < 0n) throw new PyError('ValueError', 'negative shift count');
      if (op === '<<' && b > 100_000n) throw new NotSupported('a shift this large is not computed here');
      return int(op === '<<' ? a << b : a >> b);
  }
  throw new NotSupported(`the operator ${op} is not supported here`);
}

function floatOp(op: string, a: number, b: number): PyValue {
  const float = (v: number): PyValue => ({ t: 'float', v });
  switch (op) {
    case '+':
      return float(a + b);
    case '-':
      return float(a - b);
    case '*':
      return float(a * b);
    case '/':
      if (b === 0) throw new PyError('ZeroDivisionError', 'float division by zero');
      return float(a / b);
    case '//':
      if (b === 0) throw new PyError('ZeroDivisionError', 'float floor division by zero');
      return float(Math.floor(a / b));
    case '%': {
      if (b === 0) throw new PyError('ZeroDivisionError', 'float modulo by zero');
      let r = a % b;
      if (r !== 0 && r < 0 !== b < 0) r += b;
      return float(r === 0 ? (b < 0 ? -0 : 0) : r); // a zero takes the sign of the divisor
    }
    case '**':
      if (a === 0 && b < 0) throw new PyError('ZeroDivisionError', 'zero to a negative power');
      if (a < 0 && !Number.isInteger(b)) throw new NotSupported('a negative number to a fractional power is complex: not supported here');
      if (Number.isFinite(a) && Number.isFinite(b) && !Number.isFinite(a ** b)) throw new PyError('OverflowError', '(34, \'Numerical result out of range\')');
      return float(a ** b);
  }
  throw new PyError('TypeError', `unsupported operand type(s) for ${op}: 'float' and 'float'`);
}

function repeat(seq: Extract<PyValue, { t: 'str' | 'list' | 'tuple' }>, times: bigint): PyValue {
  const n = times < 0n ? 0 : Number(times);
  const size = (seq.t === 'str' ? seq.v.length : seq.items.length) * n;
  if (size > MAX_ITEMS) throw new NotSupported(`a result of ${size} items is too long to build here`);
  if (seq.t === 'str') return { t: 'str', v: seq.v.repeat(n) };
  return { t: seq.t, items: Array.from({ length: n }, () => seq.items).flat() };
}

function setOp(op: string, a: Extract<PyValue, { t: 'set' | 'frozenset' }>, b: Extract<PyValue, { t: 'set' | 'frozenset' }>): PyValue {
  const has = (items: PyValue[], x: PyValue): boolean => items.some((y) => equals(x, y));
  let items: PyValue[];
  if (op === '&') items = a.items.filter((x) => has(b.items, x));
  else if (op === '-') items = a.items.filter((x) => !has(b.items, x));
  else if (op === '^') items = [...a.items.filter((x) => !has(b.items, x)), ...b.items.filter((x) => !has(a.items, x))];
  else {
    items = [...a.items];
    for (const x of b.items) addUnique(items, x);
  }
  return { t: a.t, items };
}

export function unaryOp(op: string, x: PyValue): PyValue {
  if (op === '-' || op === '+') {
    if (isInt(x)) return { t: 'int', v: op === '-' ? -toBigInt(x) : toBigInt(x) };
    if (x.t === 'float') return { t: 'float', v: op === '-' ? -x.v : x.v };
  }
  if (op === '~' && isInt(x)) return { t: 'int', v: ~toBigInt(x) };
  throw new PyError('TypeError', `bad operand type for unary ${op}: '${typeName(x)}'`);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  switch (container.t) {
    case 'str':
      if (item.t !== 'str') throw new PyError('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
      return container.v.includes(item.v);
    case 'dict':
      checkHashable(item);
      return container.entries.some(([k]) => equals(k, item));
    case 'set':
    case 'frozenset':
      checkHashable(item);
      return container.items.some((x) => equals(x, item));
    case 'range':
      return rangeItems(container).some((x) => equals(x, item));
    case 'list':
    case 'tuple':
    case 'dict_keys':
    case 'dict_values':
    case 'dict_items':
    case 'iterator':
      return container.items.some((x) => equals(x, item));
    default:
      throw new PyError('TypeError', `argument of type '${typeName(container)}' is not iterable`);
  }
}

/** The items `for x in v` visits. */
export function iterate(v: PyValue): PyValue[] {
  switch (v.t) {
    case 'str':
      return Array.from(v.v, (c) => ({ t: 'str', v: c }));
    case 'dict':
      return v.entries.map(([k]) => k);
    case 'range':
      return rangeItems(v);
    case 'list':
    case 'tuple':
    case 'set':
    case 'frozenset':
    case 'dict_keys':
    case 'dict_values':
    case 'dict_items':
    case 'iterator':
      return v.items;
    default:
      throw new PyError('TypeError', `'${typeName(v)}' object is not iterable`);
  }
}

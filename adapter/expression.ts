/**
 * Expressions the neural debugger can answer without running the program: a variable name
 * followed by attribute and index accesses over the predicted values (`xs[0]`, `p.x`,
 * `d['k']`, `grid[1][-1]`, `a.b[2].c`). Anything else needs the real program.
 */
import { childrenOf } from './valueChildren.js';
import { parseValue, typeName, type ValueNode } from './valueParser.js';

export type Step = { kind: 'attr'; name: string } | { kind: 'index'; key: ValueNode; keyText: string };

export interface Expression {
  name: string;
  steps: Step[];
}

/** An answer the predicted state cannot give (Python-like wording where Python would fail). */
export class EvaluationError extends Error {
  override name = 'EvaluationError';
}

const NAME = /[\p{L}_][\p{L}\p{N}_]*/uy;

/** The expression's name and accesses, or null if it is not of the supported shape. */
export function parseExpression(text: string): Expression | null {
  let pos = 0;
  const space = (): void => {
    while (text[pos] === ' ' || text[pos] === '\t') pos++;
  };
  const name = (): string | null => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return null;
    pos += m[0].length;
    return m[0];
  };
  space();
  const root = name();
  if (root === null) return null;
  const steps: Step[] = [];
  for (;;) {
    space();
    if (pos === text.length) return { name: root, steps };
    if (text[pos] === '.') {
      pos++;
      space();
      const attr = name();
      if (attr === null) return null;
      steps.push({ kind: 'attr', name: attr });
    } else if (text[pos] === '[') {
      const close = closingBracket(text, pos);
      if (close < 0) return null;
      const keyText = text.slice(pos + 1, close).trim();
      const key = parseValue(keyText);
      if (key === null) return null;
      steps.push({ kind: 'index', key, keyText });
      pos = close + 1;
    } else {
      return null;
    }
  }
}

/** Index of the `]` matching the `[` at `open` (quotes and nesting respected), or -1. */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '[' || c === '(' || c === '{') depth++;
    else if (c === ']' || c === ')' || c === '}') {
      depth--;
      if (depth === 0) return c === ']' ? i : -1;
    }
  }
  return -1;
}

export interface Reached {
  /** null: the variable itself, whose value does not parse (shown as a leaf). */
  node: ValueNode | null;
  /** Child indices (as childrenOf lists them) from the root value to `node`. */
  path: number[];
}

/**
 * Follow `steps` from a variable's value `rootText` (a canonical string). `label` names the
 * variable in messages.
 */
export function follow(rootText: string, steps: readonly Step[], label: string): Reached {
  const root = parseValue(rootText);
  if (root === null) {
    if (steps.length === 0) return { node: null, path: [] };
    throw new EvaluationError(`the predicted value of ${label} (${rootText}) is not one the debugger can look into`);
  }
  let node: ValueNode = root;
  const path: number[] = [];
  for (const step of steps) {
    const children = childrenOf(node, rootText);
    const i = step.kind === 'attr' ? attrIndex(node, step.name) : itemIndex(node, step, rootText);
    path.push(i);
    node = children[i]!.node;
  }
  return { node, path };
}

function attrIndex(node: ValueNode, name: string): number {
  const i = node.kind === 'object' ? node.attrs.findIndex((a) => a.name === name) : -1;
  if (i < 0) throw new EvaluationError(`'${typeName(node)}' object has no attribute '${name}' in the predicted state`);
  return i;
}

function itemIndex(node: ValueNode, step: Extract<Step, { kind: 'index' }>, text: string): number {
  if (node.kind === 'list' || node.kind === 'tuple') {
    const k = step.key;
    if (k.kind !== 'leaf' || typeof k.value !== 'bigint') {
      throw new EvaluationError(`${node.kind} indices must be integers, not ${typeName(k)}`);
    }
    const n = node.items.length;
    const i = Number(k.value < 0n ? k.value + BigInt(n) : k.value);
    if (i < 0 || i >= n) throw new EvaluationError(`IndexError: ${node.kind} index out of range`);
    return i;
  }
  if (node.kind === 'dict') {
    const i = node.entries.findIndex((e) => sameKey(e.key, step.key, text, step.keyText));
    if (i < 0) throw new EvaluationError(`KeyError: ${step.keyText}`);
    return i;
  }
  throw new EvaluationError(`'${typeName(node)}' object is not subscriptable in the predicted state`);
}

/** Python equality of two literal keys (1 == 1.0 == True; 'a' == "a"). */
function sameKey(a: ValueNode, b: ValueNode, aText: string, bText: string): boolean {
  if (a.kind === 'leaf' && b.kind === 'leaf') {
    const numeric = (v: unknown): v is bigint | number | boolean => typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
    if (numeric(a.value) && numeric(b.value)) return Number(a.value) === Number(b.value);
    if (typeof a.value === 'string' && typeof b.value === 'string') return a.type === b.type && a.value === b.value;
    if (a.value === null && b.value === null) return a.type === b.type;
    return aText.slice(a.start, a.end) === bText.slice(b.start, b.end);
  }
  if (a.kind === 'tuple' && b.kind === 'tuple') {
    return a.items.length === b.items.length && a.items.every((x, i) => sameKey(x, b.items[i]!, aText, bText));
  }
  return false;
}

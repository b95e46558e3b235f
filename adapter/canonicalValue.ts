/**
 * Writes a parsed value back in canonical form (training/canon.py): Python's repr for
 * literals, `, ` and `: ` separators, sets sorted. A value the user types (`"a"`, `[1,2]`,
 * `0x10`) becomes the text the model was trained on (`'a'`, `[1, 2]`, `16`), so an edited
 * variable conditions the next prediction the way a real one would.
 */
import type { LeafNode, ValueNode } from './valueParser.js';

/** `text` is the string `node` was parsed from (leaves the renderer cannot rewrite keep it). */
export function canonical(node: ValueNode, text: string): string {
  switch (node.kind) {
    case 'leaf':
      return leaf(node, text);
    case 'list':
      return `[${node.items.map((n) => canonical(n, text)).join(', ')}]`;
    case 'tuple': {
      const items = node.items.map((n) => canonical(n, text));
      return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
    }
    case 'set':
      return node.items.length === 0 ? 'set()' : `{${sortedSet(node.items, text).join(', ')}}`;
    case 'frozenset':
      return node.items.length === 0 ? 'frozenset()' : `frozenset({${sortedSet(node.items, text).join(', ')}})`;
    case 'dict':
      return `{${node.entries.map((e) => `${canonical(e.key, text)}: ${canonical(e.value, text)}`).join(', ')}}`;
    case 'object':
      return `${node.className}(${node.attrs.map((a) => `${a.name}=${canonical(a.value, text)}`).join(', ')})`;
  }
}

function leaf(node: LeafNode, text: string): string {
  const v = node.value;
  if (node.type === 'str' && typeof v === 'string') return strRepr(v);
  if (node.type === 'bytes' && typeof v === 'string') return bytesRepr(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return floatRepr(v);
  return text.slice(node.start, node.end);
}

/** canon.py's set order: numbers ascending, then strings, then the rest by canonical string. */
function sortedSet(items: ValueNode[], text: string): string[] {
  const rank = (n: ValueNode): number => {
    if (n.kind !== 'leaf') return 2;
    if (typeof n.value === 'bigint' || typeof n.value === 'number' || typeof n.value === 'boolean') return 0;
    return n.type === 'str' ? 1 : 2;
  };
  const num = (n: ValueNode): number => (n.kind === 'leaf' ? Number(n.value) : 0);
  const str = (n: ValueNode): string => (n.kind === 'leaf' && typeof n.value === 'string' ? n.value : canonical(n, text));
  return [...items]
    .sort((a, b) => rank(a) - rank(b) || (rank(a) === 0 ? num(a) - num(b) : str(a) < str(b) ? -1 : str(a) > str(b) ? 1 : 0))
    .map((n) => canonical(n, text));
}

// Characters Python's str.isprintable() rejects (space aside).
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NAMED_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (ch === quote) out += `\\${quote}`;
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) out += hexEscape(ch.codePointAt(0)!);
    else out += ch;
  }
  return out + quote;
}

function bytesRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = `b${quote}`;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (ch === quote) out += `\\${quote}`;
    else if (code < 0x20 || code > 0x7e) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += ch;
  }
  return out + quote;
}

function hexEscape(code: number): string {
  if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
  return `\\U${code.toString(16).padStart(8, '0')}`;
}

/** Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa, expText] = x.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}.${frac || '0'}`;
}

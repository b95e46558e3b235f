/**
 * The prompt header: numbered source, entry call, breakpoint and exception settings
 * (training/traceformat.py render_header).
 */
import type { ExceptionFilter } from './stop.js';
import { BOS, BP, CALL, RAISED, SRC, UNCAUGHT, escape, type Segment } from './format.js';
import { lexPython } from './py-lexer.js';

export interface SourceLine {
  number: number;
  text: string;
}

// Python's str.splitlines() boundaries.
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;
const BLANK_OR_COMMENT = /^\s*(#.*)?$/;

/** Numbered lines the model sees: blank and comment-only lines are left out (their numbers
 * stay unused), trailing whitespace is dropped. */
export function sourceLines(source: string): SourceLine[] {
  const out: SourceLine[] = [];
  source.split(LINE_BREAK).forEach((line, i) => {
    if (!BLANK_OR_COMMENT.test(line)) out.push({ number: i + 1, text: line.trimEnd() });
  });
  return out;
}

export interface HeaderSpec {
  source: string;
  call?: string | undefined;
  breakpoints?: readonly number[] | undefined;
  exceptionFilters?: readonly ExceptionFilter[] | undefined;
}

/**
 * `shown`: the line numbers to write (source windowing for long programs); all lines when
 * left out.
 */
export function renderHeader(spec: HeaderSpec, shown?: ReadonlySet<number>): Segment[] {
  const lines = sourceLines(canonicalQuotes(spec.source)).filter((l) => !shown || shown.has(l.number));
  const segs: Segment[] = [BOS, SRC, escape(lines.map((l) => `${l.number} ${l.text}\n`).join(''))];
  if (spec.call !== undefined) segs.push(CALL, escape(spec.call));
  segs.push(...renderSettings(spec.breakpoints ?? [], spec.exceptionFilters ?? []));
  return segs;
}

function renderSettings(breakpoints: readonly number[], filters: readonly ExceptionFilter[]): Segment[] {
  const segs: Segment[] = [];
  if (breakpoints.length > 0) segs.push(BP, [...new Set(breakpoints)].sort((a, b) => a - b).join(' '));
  if (filters.includes('raised')) segs.push(RAISED);
  if (filters.includes('uncaught')) segs.push(UNCAUGHT);
  return segs;
}

// prefix and body of a one-line double-quoted literal whose quotes can be swapped
const SWAPPABLE = /^([fF]?)"([^"\\'\n]*)"$/;

/**
 * Double-quoted string literals written as repr writes them, in single quotes, where that only
 * swaps the two quote characters (training/traceformat.py canonical_quotes, the same rule): the
 * model was trained on programs whose literals are written as repr does. Source that does not
 * lex is left as it is.
 */
export function canonicalQuotes(source: string): string {
  const lexed = lexPython(source);
  if (lexed.error) return source;
  let out = source;
  for (const token of lexed.lines.flatMap((l) => l.tokens)) {
    if (token.kind !== 'string' || !token.span) continue;
    const literal = source.slice(token.span.start, token.span.end);
    const m = SWAPPABLE.exec(literal);
    if (!m) continue;
    const open = token.span.start + m[1]!.length;
    out = `${out.slice(0, open)}'${m[2]!}'${out.slice(token.span.end)}`;
  }
  return out;
}

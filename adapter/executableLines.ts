/**
 * Where breakpoints can go without running Python: the lines where statements start, as
 * CPython 3.11 reports line starts for debugpy (`Trace.code_lines` in training/tracer.py),
 * approximated from the runtime's lexer. Left out, as CPython leaves them out: `else:` and
 * `finally:` lines, `global`/`nonlocal` declarations, and function docstrings. Continuation
 * lines of a multi-line statement are left out too (CPython keeps some of them).
 */
import { lexPython, type LogicalLine } from '../model-runtime/index.js';

const WITHOUT_CODE = new Set(['else', 'finally', 'global', 'nonlocal']);

/** Line numbers where code starts, ascending. */
export function executableLines(source: string): number[] {
  const lines = lexPython(source).lines;
  const out: number[] = [];
  lines.forEach((l, i) => {
    const first = l.tokens[0];
    if (!first || WITHOUT_CODE.has(first.text)) return;
    if (isDocstring(l, lines[i - 1])) return;
    out.push(l.first);
  });
  return out;
}

/** A bare string as the first statement of a function body. */
function isDocstring(line: LogicalLine, previous: LogicalLine | undefined): boolean {
  if (!previous || !line.tokens.every((t) => t.kind === 'string')) return false;
  const head = previous.tokens[0]?.text === 'async' ? previous.tokens[1] : previous.tokens[0];
  return head?.text === 'def' && previous.tokens[previous.tokens.length - 1]?.text === ':' && line.indent > previous.indent;
}

export interface PlacedBreakpoint {
  verified: boolean;
  /** Where the breakpoint is (its requested line when unverified). */
  line: number;
  message?: string;
}

/**
 * debugpy's placement (`breakpoint_line` in training/semantics.py): a breakpoint on a line
 * without code moves up to the closest line above where code starts.
 */
export function placeBreakpoint(codeLines: readonly number[], lineCount: number, line: unknown): PlacedBreakpoint {
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1) {
    return { verified: false, line: typeof line === 'number' && Number.isFinite(line) ? line : 0, message: `not a line number: ${String(line)}` };
  }
  if (line > lineCount) return { verified: false, line, message: `line ${line} is past the end of the file (${lineCount} lines)` };
  let above: number | undefined;
  for (const l of codeLines) {
    if (l > line) break;
    above = l;
  }
  if (above === undefined) return { verified: false, line, message: `no code at or above line ${line}` };
  return { verified: true, line: above };
}

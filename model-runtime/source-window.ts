/**
 * Source windowing: which lines a header shows when the whole program does not fit the
 * model's header budget (manifest `context.max_header`; docs/trace-format.md, "Long
 * programs"). Lines keep their real numbers; the format already leaves blank lines out, so a
 * subset of numbered lines looks like the programs the model was trained on.
 */
import type { SourceLine } from './header.js';
import type { ProgramInfo } from './program.js';

/** Where the debugger is: frame names and lines, outermost first. */
export interface Focus {
  frames: { name: string; line: number }[];
}

/** Windows around a current line cover the block of BLOCK lines it falls in, plus margins,
 * so the shown lines (and the header's cached keys/values) stay the same while execution
 * moves within a block, and recur when a loop comes back to it. */
const BLOCK = 8;
const AROUND_TOP = { before: 2, after: 2 };
const AROUND_CALLER = { before: 1, after: 1 };

/**
 * Lines to show, most important first, while their token cost fits `budget`:
 * 1. the top frame's `def` line and the block around its current line;
 * 2. each caller's `def` line and the block around its current (calling) line, innermost first;
 * 3. the whole body of every function on the stack, top first;
 * 4. the `def`/`class` lines of every other definition (so callees can be named);
 * 5. the remaining lines, nearest to the current line's block first.
 */
export function chooseShownLines(
  program: ProgramInfo,
  focus: Focus,
  budget: number,
  cost: (line: SourceLine) => number,
): Set<number> {
  const byNumber = new Map(program.lines.map((l) => [l.number, l]));
  const shown = new Set<number>();
  let used = 0;
  const add = (numbers: Iterable<number>): void => {
    for (const n of numbers) {
      const line = byNumber.get(n);
      if (!line || shown.has(n)) continue;
      const c = cost(line);
      if (used + c > budget) continue;
      shown.add(n);
      used += c;
    }
  };
  const frames = [...focus.frames].reverse(); // innermost first
  const current = blockStart(frames[0]?.line ?? program.lines[0]?.number ?? 1);
  const near = (a: number, b: number): number[] => program.lines.map((l) => l.number).filter((n) => n >= a && n <= b);
  frames.forEach((f, i) => {
    const def = f.name === '<module>' ? undefined : program.definitionAt(f.line);
    const around = i === 0 ? AROUND_TOP : AROUND_CALLER;
    const start = blockStart(f.line);
    const lines = near(start - around.before, start + BLOCK - 1 + around.after).filter((n) => !def || n <= def.end);
    add([...(def ? [def.line] : []), ...lines]);
  });
  for (const f of frames) {
    const def = f.name === '<module>' ? undefined : program.definitionAt(f.line);
    if (def) add(near(def.line, def.end));
  }
  add(program.definitions.map((d) => d.line));
  add(byDistance(program.lines.map((l) => l.number), current));
  return shown;
}

function blockStart(line: number): number {
  return Math.floor((line - 1) / BLOCK) * BLOCK + 1;
}

function byDistance(lines: number[], from: number): number[] {
  return [...lines].sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b);
}

/** Where a session's first window is focused: the first stop's stack as the source fixes it
 * (ProgramInfo.entryStack), else the program's first line. */
export function entryFocus(program: ProgramInfo, call: string | undefined): Focus {
  return { frames: program.entryStack(call) ?? [{ name: '<module>', line: program.lines[0]?.number ?? 1 }] };
}

/** Whether every frame's line is in view (otherwise the header should be refocused). */
export function inView(shown: ReadonlySet<number> | undefined, focus: Focus): boolean {
  return shown === undefined || focus.frames.every((f) => shown.has(f.line));
}

/**
 * Header token ids for a program and its settings: the whole source when it fits the
 * model's header budget, else a window of lines around where the debugger is.
 */
import { renderHeader, type HeaderSpec } from './header.js';
import type { ProgramInfo } from './program.js';
import { chooseShownLines, type Focus } from './source-window.js';
import type { SegmentTokenizer } from './tokenizer.js';
import { escape } from './format.js';

export interface HeaderIds {
  ids: number[];
  /** The line numbers shown, or undefined when the whole source is. */
  shown: ReadonlySet<number> | undefined;
}

export function headerIds(
  tokenizer: SegmentTokenizer,
  spec: HeaderSpec,
  program: ProgramInfo,
  focus: Focus,
  maxHeader: number,
): HeaderIds {
  const full = tokenizer.encode(renderHeader(spec));
  if (full.length <= maxHeader) return { ids: full, shown: undefined };
  const overhead = tokenizer.encode(renderHeader({ ...spec, source: '' })).length;
  const cost = (line: { number: number; text: string }): number =>
    tokenizer.encode([escape(`${line.number} ${line.text}\n`)]).length;
  // BPE across line boundaries may differ slightly from the per-line sum: shrink until it fits.
  for (let budget = maxHeader - overhead; budget > 0; budget -= 8) {
    const shown = chooseShownLines(program, focus, budget, cost);
    const ids = tokenizer.encode(renderHeader(spec, shown));
    if (ids.length <= maxHeader) return { ids, shown };
  }
  return { ids: tokenizer.encode(renderHeader(spec, new Set())), shown: new Set() };
}

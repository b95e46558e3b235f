/** Source windowing for programs whose header exceeds the budget. */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHeader } from '../../model-runtime/header.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import { headerIds } from '../../model-runtime/prompt-header.js';
import { chooseShownLines, entryFocus, inView } from '../../model-runtime/source-window.js';
import type { ExceptionFilter } from '../../model-runtime/stop.js';
import { SegmentTokenizer } from '../../model-runtime/tokenizer.js';
import { ROOT } from './helpers.js';

const program = new ProgramInfo(fs.readFileSync(path.join(ROOT, 'examples', 'inventory.py'), 'utf8'));
const cost = (l: { text: string }): number => 2 + Math.ceil(l.text.length / 4); // a stand-in for token counts
const budget = 200;
const total = (shown: Set<number>): number => program.lines.filter((l) => shown.has(l.number)).reduce((n, l) => n + cost(l), 0);

describe('source window', () => {
  const inTake = { frames: [{ name: '<module>', line: 138 }, { name: 'place', line: 69 }, { name: 'take', line: 13 }] };

  it('fits the budget and shows where every frame is', () => {
    const shown = chooseShownLines(program, inTake, budget, cost);
    expect(total(shown)).toBeLessThanOrEqual(budget);
    expect(inView(shown, inTake)).toBe(true);
    for (const def of [11, 65]) expect(shown.has(def)).toBe(true); // def take, def place
    expect(shown.size).toBeLessThan(program.lines.length);
  });

  it('stays the same while the top frame moves within its block', () => {
    const at = (line: number) => chooseShownLines(program, { frames: [{ name: '<module>', line }] }, budget, cost);
    expect([...at(130)]).toEqual([...at(132)]);
    expect([...at(130)]).not.toEqual([...at(150)]);
  });

  it('shows everything when the budget allows', () => {
    expect(chooseShownLines(program, inTake, 10_000, cost).size).toBe(program.lines.length);
  });
});

interface WindowCase {
  name: string;
  source: string;
  call: string | null;
  breakpoints: number[];
  exception_filters: ExceptionFilter[];
  focus_is_entry: boolean;
  focus: [string, number][];
  entry_stack: [string, number][] | null;
  definitions: { kind: string; name: string; line: number; header_end: number; end: number; top_level: boolean; params: [string, string][] }[];
  stand_in_budget: number;
  stand_in_shown: number[];
  max_header: number;
  full_header_tokens: number;
  shown: number[] | null;
  header_text: string;
  header_ids: number[];
}

describe('source windows (test/fixtures/source_windows.json, shared with training/source_window.py)', () => {
  const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'source_windows.json'), 'utf8')) as {
    tokenizer: string;
    tokenizer_sha256: string;
    cases: WindowCase[];
  };
  const regenerate =
    'npx esbuild test/runtime/make-source-windows.ts --bundle --platform=node --packages=external ' +
    '--outfile=.cache/make-source-windows.cjs && node .cache/make-source-windows.cjs';

  it('covers short and long programs, several frames, no frames, entries and tight budgets', () => {
    const cases = fixture.cases;
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(cases.filter((c) => c.shown === null).length).toBeGreaterThanOrEqual(1);
    expect(cases.filter((c) => c.shown !== null).length).toBeGreaterThanOrEqual(12);
    expect(cases.some((c) => c.focus.length >= 2) && cases.some((c) => c.focus.length === 0)).toBe(true);
    expect(cases.some((c) => c.focus_is_entry)).toBe(true);
  });

  it('finds the definitions and the entry stack', () => {
    for (const c of fixture.cases) {
      const program = new ProgramInfo(c.source);
      const defs = program.definitions.map((d) => ({
        kind: d.kind, name: d.name, line: d.line, header_end: d.headerEnd, end: d.end, top_level: d.topLevel,
        params: d.params.map((p) => [p.name, p.star]),
      }));
      expect(defs, c.name).toEqual(c.definitions);
      const call = c.call ?? undefined;
      expect(program.entryStack(call)?.map((f) => [f.name, f.line]) ?? null, c.name).toEqual(c.entry_stack);
      if (c.focus_is_entry) expect(entryFocus(program, call).frames.map((f) => [f.name, f.line]), c.name).toEqual(c.focus);
    }
  });

  it('chooses the same lines with a stand-in cost', () => {
    for (const c of fixture.cases) {
      const program = new ProgramInfo(c.source);
      const focus = { frames: c.focus.map(([name, line]) => ({ name, line })) };
      const shown = chooseShownLines(program, focus, c.stand_in_budget, (l) => 2 + Math.ceil(l.text.length / 4));
      expect([...shown].sort((a, b) => a - b), c.name).toEqual(c.stand_in_shown);
    }
  });

  it('builds the same header ids and text with the shipped tokenizer', () => {
    const bytes = fs.readFileSync(path.join(ROOT, fixture.tokenizer));
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    expect(sha, `${fixture.tokenizer} is not the tokenizer the fixture was made with: ${regenerate}`).toBe(fixture.tokenizer_sha256);
    const tokenizer = new SegmentTokenizer(JSON.parse(bytes.toString('utf8')) as object);
    for (const c of fixture.cases) {
      const spec = { source: c.source, call: c.call ?? undefined, breakpoints: c.breakpoints, exceptionFilters: c.exception_filters };
      const focus = { frames: c.focus.map(([name, line]) => ({ name, line })) };
      const header = headerIds(tokenizer, spec, new ProgramInfo(c.source), focus, c.max_header);
      expect(header.shown === undefined ? null : [...header.shown].sort((a, b) => a - b), c.name).toEqual(c.shown);
      expect(header.ids, c.name).toEqual(c.header_ids);
      expect(renderHeader(spec, header.shown).join(''), c.name).toBe(c.header_text);
      expect(tokenizer.encode(renderHeader(spec)).length, c.name).toBe(c.full_header_tokens);
    }
  });
});

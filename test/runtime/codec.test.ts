import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canonicalQuotes, renderHeader, sourceLines } from '../../model-runtime/header.js';
import { parseStop, renderStop, toStopState, type FrameView } from '../../model-runtime/codec.js';
import { ACTION_TOKENS, splitSegments } from '../../model-runtime/format.js';
import { goldenCases } from './helpers.js';

describe.each(goldenCases().map((c) => [c.name, c] as const))('golden %s', (_, c) => {
  it('renders the header', () => {
    const header = renderHeader({
      source: c.source,
      call: c.call ?? undefined,
      breakpoints: c.breakpoints,
      exceptionFilters: c.exception_filters,
    });
    expect(header).toEqual(c.segments[0]);
  });

  it('parses every stop back to the stored stops, and renders the same segments again', () => {
    let key = 0;
    let frames: FrameView[] = [];
    const actions = ['step_into', ...c.actions];
    c.segments.slice(1).forEach((segs, k) => {
      expect(segs[0]).toBe(ACTION_TOKENS[actions[k] as keyof typeof ACTION_TOKENS]);
      const parsed = parseStop(segs.slice(1), frames, () => key++);
      const { line, ...expected } = c.stops[k]!;
      expect(toStopState(parsed)).toEqual(expected);
      expect(parsed.frames.at(-1)?.line ?? null).toBe(line);
      expect(renderStop(parsed, frames)).toEqual(segs.slice(1));
      frames = parsed.frames;
    });
  });

  it('joins to the stored text and splits back', () => {
    expect(c.segments.flat().join('')).toBe(c.text);
    expect(splitSegments(c.text)).toEqual(c.segments.flat());
  });
});

describe('canonicalQuotes', () => {
  it('swaps the quotes Python\'s canonical_quotes swaps (test/fixtures/canonical_quotes.json)', () => {
    const file = path.join(__dirname, '..', 'fixtures', 'canonical_quotes.json');
    const cases = JSON.parse(fs.readFileSync(file, 'utf8')) as { source: string; expected: string }[];
    expect(cases.length).toBeGreaterThan(3);
    for (const c of cases) expect(canonicalQuotes(c.source)).toBe(c.expected);
  });
});

describe('sourceLines', () => {
  it('leaves out what never runs as Python\'s source_lines does (test/fixtures/source_lines.json)', () => {
    const file = path.join(__dirname, '..', 'fixtures', 'source_lines.json');
    const cases = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; source: string; lines: [number, string][] }[];
    expect(cases.length).toBeGreaterThan(10);
    for (const c of cases) {
      expect(sourceLines(c.source).map((l) => [l.number, l.text]), c.name).toEqual(c.lines);
    }
  });
});

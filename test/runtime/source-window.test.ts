/** Source windowing for programs whose header exceeds the budget. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgramInfo } from '../../model-runtime/program.js';
import { chooseShownLines, inView } from '../../model-runtime/source-window.js';
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

// Terminal text of compare mode and the CLI's action list: pure, no model or debugpy.
import { describe, expect, it } from 'vitest';
import type { StopState } from '../../model-runtime/stop';
import { parseActions } from '../../adapter/compare/cli';
import type { ComparisonRecord } from '../../adapter/compare/record';
import { formatRecord, formatSummary, tableHeader } from '../../adapter/compare/report';
import { addRecord, emptySummary } from '../../adapter/compare/accuracy';
import { compareStops } from '../../adapter/compare/verdict';

const real: StopState = {
  kind: 'return',
  stack: [{ name: '<module>', line: 10, locals: { grades: `{${'x'.repeat(120)}}`, name: "'ada'" } }],
  value: '87.5',
  exception: null,
  stdout: 'ada 87.5\n',
};
const predicted: StopState = { ...real, kind: 'line', stack: [{ name: '<module>', line: 11, locals: { name: "'bob'" } }], value: null, stdout: '' };

function record(p: StopState | null): ComparisonRecord {
  return {
    index: 12, action: 'step_over', predicted: p, real, verdict: compareStops(p, real), confidence: 0.25,
    resynced: true, predictionError: p ? null : 'the model failed', interrupted: null, shadow: null,
  };
}

describe('compare report', () => {
  it('shows a mark per component, both stops, and each mismatch under the stop columns, cut with …', () => {
    const [row = '', ...details] = formatRecord(record(predicted));
    const header = tableHeader();
    expect(row).toMatch(/^ {2}12 {2}step_over ↻ {2}✗ ✗ ✗ ✗ ✗ · ✗ {3}0\.25 {2}line <module>:11 +return <module>:10 → 87\.5$/);
    const column = header.indexOf('predicted');
    expect(row.indexOf('line <module>:11')).toBe(column);
    expect(header.indexOf('real')).toBe(row.indexOf('return <module>'));
    const labels = details.map((d) => d.trim().split(/\s{2,}/)[0]);
    expect(labels).toEqual(['kind', 'stack', '<module>.grades', '<module>.name', 'value', 'stdout']); // line: in the stack line
    for (const d of details) expect(d.slice(0, column).trim()).not.toBe(''); // a label, then the values from the predicted column
    const grades = details.find((d) => d.includes('<module>.grades'))!;
    expect(grades.slice(column)).toMatch(/^\(none\) +\{x+…$/);
    expect(Math.max(...details.map((d) => d.length))).toBeLessThanOrEqual(header.length + 30);
    expect(details.find((d) => d.includes('stdout'))).toMatch(/"" +"ada 87\.5\\n"$/);
  });

  it('says when there is no prediction, and sums up the accuracy', () => {
    const lines = formatRecord(record(null));
    expect(lines[0]).toMatch(/\(no prediction\)/);
    expect(lines[1]).toMatch(/no prediction +the model failed$/);
    const summary = emptySummary();
    addRecord(summary, record(predicted));
    addRecord(summary, record({ ...real }));
    const text = formatSummary(summary, [record(predicted), record(real)]).join('\n');
    expect(text).toMatch(/^accuracy over 2 stops\n/);
    expect(text).toMatch(/\n {2}all +1\/2 +50\.0% +1\/2 +50\.0%\n/);
    expect(text).toMatch(/\n {2}exception +– +–\n/);
  });

  it('parses --actions with repeats', () => {
    expect(parseActions('step_over*2, continue,step_into*1')).toEqual(['step_over', 'step_over', 'continue', 'step_into']);
    expect(() => parseActions('jump')).toThrow(/unknown action "jump"/);
    expect(() => parseActions('step_over*0')).toThrow(/bad repeat count/);
    expect(() => parseActions('')).toThrow(/empty/);
  });
});

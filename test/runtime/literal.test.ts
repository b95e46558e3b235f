/** The scorer's literal check (model-runtime/cli/literal.ts) agrees with training/literal.py on the shared cases. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalProblem } from '../../model-runtime/cli/literal.js';

interface Case {
  text: string;
  ok: boolean;
}
const CASES = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'literal_cases.json'), 'utf8')) as {
  values: Case[];
  arguments: Case[];
};

describe('literal check (test/fixtures/literal_cases.json)', () => {
  it('values: the same verdict as Python', () => {
    const wrong = CASES.values.filter((c) => (literalProblem(c.text, 'output') === null) !== c.ok).map((c) => c.text);
    expect(wrong).toEqual([]);
  });

  it('argument lists: the same verdict as Python', () => {
    const wrong = CASES.arguments.filter((c) => (literalProblem(c.text, 'input') === null) !== c.ok).map((c) => c.text);
    expect(wrong).toEqual([]);
  });

  it('says why a prediction is refused', () => {
    expect(literalProblem('1, 2', 'output')).toBe("unexpected ',' after the value");
    expect(literalProblem('f(1)', 'output')).toBe('f is a name, not a value');
    expect(literalProblem('1 or 2', 'output')).toBe("unexpected 'or' after the value");
  });
});

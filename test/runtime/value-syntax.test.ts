/**
 * The canonical value grammar (model-runtime/value-syntax.ts) on the vectors it shares with its
 * Python twin (training/value_syntax.py): test/fixtures/canonical_values.json, made by
 * training/tests/make_canonical_values.py from canon() of many Python values.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWellFormedValue, ValueChecker } from '../../model-runtime/value-syntax.js';

interface Case {
  value: string;
  valid: boolean;
  note: string;
}

const CASES: Case[] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'canonical_values.json'), 'utf8'));
const encoder = new TextEncoder();

describe('canonical values (shared vectors)', () => {
  it('has both verdicts, and enough of them', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(300);
    expect(CASES.filter((c) => c.valid).length).toBeGreaterThan(100);
    expect(CASES.filter((c) => !c.valid).length).toBeGreaterThan(100);
  });

  it('accepts every canonical value and refuses every other text', () => {
    const wrong = CASES.filter((c) => isWellFormedValue(c.value) !== c.valid).map((c) => `${c.valid ? 'refused' : 'accepted'} ${JSON.stringify(c.value)} (${c.note})`);
    expect(wrong).toEqual([]);
  });

  it('never refuses a prefix of a canonical value, and completes only where a value may end', () => {
    for (const c of CASES.filter((x) => x.valid)) {
      const checker = new ValueChecker();
      const bytes = encoder.encode(c.value);
      bytes.forEach((b, i) => {
        expect(checker.push(b), `${JSON.stringify(c.value)} at byte ${i}`).toBe(true);
        if (i < bytes.length - 1 && checker.complete()) {
          // a value that may end early must itself be valid
          expect(isWellFormedValue(new TextDecoder().decode(bytes.slice(0, i + 1))), c.value).toBe(true);
        }
      });
      expect(checker.complete(), c.value).toBe(true);
    }
  });
});

describe('value checker', () => {
  it('clones are independent', () => {
    const a = new ValueChecker();
    for (const b of encoder.encode("[{'a': (1")) a.push(b);
    const b = a.clone();
    for (const x of encoder.encode(',)}]')) expect(b.push(x)).toBe(true);
    expect(b.complete()).toBe(true);
    expect(a.complete()).toBe(false);
    expect(a.push(0x5d)).toBe(false); // `]` cannot close a tuple
  });

  // A random walk that only takes bytes the checker accepts must never get stuck: some byte is
  // always accepted, or the value may end; every value it ends on is valid as a whole.
  it('has no dead ends (random walks over a value alphabet)', () => {
    const alphabet = encoder.encode(" []{}()<>,:'\"\\-+.0123456789ejxunabINTFfoslrtdyé_=").filter((b) => b !== 0xa9);
    let seed = 12345;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let walk = 0; walk < 400; walk++) {
      const checker = new ValueChecker();
      const out: number[] = [];
      for (let step = 0; step < 130; step++) {
        const ok = [...alphabet].filter((b) => checker.clone().push(b));
        const canEnd = checker.complete();
        if (ok.length === 0) {
          expect(canEnd, `stuck after ${JSON.stringify(new TextDecoder().decode(Uint8Array.from(out)))}`).toBe(true);
          break;
        }
        if (canEnd && rand(8) === 0) break;
        const b = ok[rand(ok.length)]!;
        expect(checker.push(b)).toBe(true);
        out.push(b);
        if (b === 0xc3) {
          // é: its continuation byte follows
          expect(checker.push(0xa9)).toBe(true);
          out.push(0xa9);
        }
      }
      const text = new TextDecoder().decode(Uint8Array.from(out));
      if (checker.complete()) expect(isWellFormedValue(text), text).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { SegmentTokenizer } from '../../model-runtime/tokenizer.js';
import { goldenCases, goldenDir, modelTokenizerJson } from './helpers.js';

const withIds = goldenCases().filter((c) => c.ids !== undefined);

describe('tokenizer ids equal the Python ids of the golden vectors', () => {
  // The committed golden files get ids once the shipped tokenizer exists; until then this
  // runs against NDB_GOLDEN_DIR + NDB_MODEL_DIR (e.g. the plumbing model's vectors).
  it.runIf(withIds.length === 0)(`${goldenDir()} has no ids yet: nothing to compare`, () => {
    expect(withIds).toEqual([]);
  });

  it.runIf(withIds.length > 0).each(withIds.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const tok = new SegmentTokenizer(modelTokenizerJson());
    expect(c.segments.map((part) => tok.encode(part))).toEqual(c.ids);
  });

  it.runIf(withIds.length > 0)('decodes ids back to the golden text', () => {
    const tok = new SegmentTokenizer(modelTokenizerJson());
    for (const c of withIds) expect(tok.decode(c.ids!.flat())).toBe(c.text);
  });
});

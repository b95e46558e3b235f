import { describe, expect, it } from 'vitest';
import { lineDecoration } from '../../extension/decorationText';
import type { StopState } from '../../model-runtime/stop';

const at = (line: number, locals: Record<string, string>, extra: Partial<StopState> = {}): StopState => ({
  kind: 'line', stack: [{ name: '<module>', line: 1, locals: {} }, { name: 'f', line, locals }], value: null, exception: null, stdout: '', ...extra,
});

describe('lineDecoration', () => {
  it('neural mode: the predicted locals of the innermost frame after its line', () => {
    expect(lineDecoration(at(3, { a: '1', b: "'x'" }), null)).toEqual({ line: 3, predicted: "predicted: a = 1, b = 'x'", real: null });
  });

  it('compare mode: the real values beside the ones that differ, at the real line', () => {
    expect(lineDecoration(at(3, { a: '1', b: '2' }), at(4, { a: '1', b: '5', c: '0' }))).toEqual({
      line: 4,
      predicted: 'predicted: line 3, a = 1, b = 2',
      real: 'real: line 4, b = 5, c = 0',
    });
  });

  it('no real text when the prediction matched; a return value is shown first', () => {
    const r = at(5, { a: '1' }, { kind: 'return', value: '7' });
    expect(lineDecoration(r, r)).toEqual({ line: 5, predicted: 'predicted: returns 7, a = 1', real: null });
  });

  it('nothing at the exit; long texts are cut', () => {
    expect(lineDecoration({ kind: 'exit', stack: [], value: null, exception: null, stdout: '' }, null)).toBeNull();
    const long = lineDecoration(at(1, { s: `'${'x'.repeat(200)}'` }), null)!;
    expect(long.predicted.length).toBe(120);
    expect(long.predicted.endsWith('…')).toBe(true);
  });
});

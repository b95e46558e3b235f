import { describe, expect, it } from 'vitest';
import { firstArgument, trivialBaseline } from '../../model-runtime/cli/baseline.js';

describe('trivial baselines', () => {
  it('take the first top-level argument of a call, past strings and brackets', () => {
    expect(firstArgument('f([1, 2], 3)')).toBe('[1, 2]');
    expect(firstArgument("f('a, b', x=1)")).toBe("'a, b'");
    expect(firstArgument('f("""it\'s, "q" """, 2)')).toBe('"""it\'s, "q" """');
    expect(firstArgument("f('a\\', b', 2)")).toBe("'a\\', b'");
    expect(firstArgument('f(limit=3, k=2)')).toBe('3');
    expect(firstArgument('f({"k": (1, 2)})')).toBe('{"k": (1, 2)}');
    expect(firstArgument('f()')).toBeNull();
  });

  it('predict the output as the first argument and the input as the output', async () => {
    expect((await trivialBaseline.predictOutput('', 'f([3, 1], 2)')).output).toBe('[3, 1]');
    expect((await trivialBaseline.predictInput('', '[1, 3]', { fn: 'f' })).input).toBe('[1, 3]');
  });
});

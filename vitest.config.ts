import { defineConfig } from 'vitest/config';

// vitest 5's error printer calls Map.groupBy (Node >= 21); on Node 20 a failing test would
// otherwise show "Map.groupBy is not a function" instead of its own message.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  (Map as unknown as { groupBy: unknown }).groupBy = <K, V>(items: Iterable<V>, key: (v: V, i: number) => K) => {
    const groups = new Map<K, V[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Model-backed tests are CPU heavy: the machine has 2 cores.
    fileParallelism: false,
  },
});

/**
 * Keys/values of recently used headers (source + call + settings), shared by the sessions of
 * one predictor: opening a window, a new session on the same program or a settings change
 * back to a known header starts from a copy instead of a prefill.
 */
import type { KvCache } from './kv-cache.js';

export class PrefixCache {
  private readonly entries = new Map<string, KvCache>(); // insertion order = recency

  constructor(private readonly maxEntries = 8) {}

  get(ids: readonly number[]): KvCache | undefined {
    const key = ids.join(',');
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** `cache` must hold exactly `ids` (a compact copy, see KvCache.slice). */
  put(ids: readonly number[], cache: KvCache): void {
    const key = ids.join(',');
    this.entries.delete(key);
    this.entries.set(key, cache);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}

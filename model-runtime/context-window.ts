/**
 * One session's prompt window: the token ids whose keys/values are in the cache, plus the
 * ids decided but not yet run (the last stop's `<|eos|>`, or a fresh snapshot), which are
 * fed together with the next action token.
 *
 * A window is header + snapshot + (action, stop)*; `open` starts a new one. The header's
 * keys/values come from the cache itself (same header: truncate), from the predictor's
 * prefix cache, or from a prefill of only the part that differs from what the cache holds.
 */
import { ContextFull, type DecodeOptions, type DecodedStop, type StopDecoder } from './decoder.js';
import type { KvCache } from './kv-cache.js';
import type { PrefixCache } from './prefix-cache.js';
import type { StepModel } from './step-model.js';

export class ContextWindow {
  private ids: number[] = [];
  private pending: number[] = [];
  /** Incremented by every `open`: stops remember the window they are in. */
  epoch = 0;
  /** Whether the current window has generated a stop yet. */
  private fresh = true;

  constructor(
    private readonly model: StepModel,
    private readonly cache: KvCache,
    private readonly prefixes: PrefixCache,
  ) {}

  /** Tokens in the window, including pending ones. */
  get length(): number {
    return this.ids.length + this.pending.length;
  }

  get capacity(): number {
    return this.cache.capacity;
  }

  /** Start a window: `header` run (or reused), `snapshot` pending. */
  async open(header: readonly number[], snapshot: readonly number[]): Promise<void> {
    await this.loadHeader(header);
    this.pending = [...snapshot];
    this.epoch++;
    this.fresh = true;
  }

  private async loadHeader(header: readonly number[]): Promise<void> {
    if (startsWith(this.ids, header)) {
      this.truncate(header.length);
      return;
    }
    const hit = this.prefixes.get(header);
    if (hit) {
      this.cache.copyPrefixFrom(hit, header.length);
      this.ids = [...header];
      return;
    }
    let common = 0;
    while (common < header.length && this.ids[common] === header[common]) common++;
    this.truncate(common);
    if (header.length > this.cache.capacity) throw new ContextFull();
    await this.model.run(header.slice(common), this.cache);
    this.ids = [...header];
    this.prefixes.put(header, this.cache.slice(header.length));
  }

  private truncate(n: number): void {
    this.cache.truncate(n);
    this.ids.length = Math.min(this.ids.length, n);
  }

  /**
   * Feed the pending ids and `action`, then decode a stop. On success the stop is part of the
   * window (its `<|eos|>` pending); on failure (cancelled, ContextFull, ...) the window is as
   * before. After ContextFull, `isFresh` tells whether a new window could help.
   */
  async decode(action: number, decoder: StopDecoder, options: DecodeOptions): Promise<DecodedStop> {
    const before = this.ids.length;
    const prompt = [...this.pending, action];
    try {
      const stop = await decoder.decode(this.cache, prompt, options);
      this.ids.push(...prompt, ...stop.ids.slice(0, -1));
      this.pending = stop.ids.slice(-1);
      this.fresh = false;
      return stop;
    } catch (e) {
      this.cache.truncate(before);
      throw e;
    }
  }

  /** A fresh window that still overflows cannot be helped by opening another one. */
  get isFresh(): boolean {
    return this.fresh;
  }

  /** Go back to the first `length` tokens of this window (e.g. undoing steps); the last
   * token kept becomes pending again so the next action is fed right after it. */
  rewind(length: number): void {
    const all = [...this.ids, ...this.pending].slice(0, length);
    const keep = Math.min(this.ids.length, length - 1);
    this.truncate(keep);
    this.pending = all.slice(keep);
  }

  /** All ids of the window, for debugging and tests. */
  allIds(): number[] {
    return [...this.ids, ...this.pending];
  }
}

function startsWith(ids: readonly number[], prefix: readonly number[]): boolean {
  if (ids.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (ids[i] !== prefix[i]) return false;
  return true;
}

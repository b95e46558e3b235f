/**
 * The keys/values of earlier tokens, kept by the caller (the ONNX graph returns only the new
 * ones, model.GPTStep). One buffer per layer and key/value, preallocated for the context.
 *
 * The graph wants `past` as one contiguous [heads, P, head_dim] block, so the used part of
 * each buffer is kept in exactly that layout and handed to onnxruntime as a subarray view
 * (no copy). Appending T tokens moves heads 1..H-1 right within the buffer (copyWithin, no
 * allocation); truncating moves them left. Both touch the cache once, which is what
 * onnxruntime itself does when it copies the inputs into wasm memory.
 */
export class KvCache {
  readonly buffers: Float32Array[];
  private used = 0;

  constructor(
    readonly tensors: number, // 2 per layer: key_0, value_0, key_1, ...
    readonly heads: number,
    readonly headDim: number,
    readonly capacity: number,
  ) {
    this.buffers = Array.from({ length: tensors }, () => new Float32Array(heads * capacity * headDim));
  }

  /** Number of cached tokens (P). */
  get length(): number {
    return this.used;
  }

  /** The [heads, P, head_dim] past of tensor i, as a view. */
  past(i: number): Float32Array {
    return this.buffers[i]!.subarray(0, this.heads * this.used * this.headDim);
  }

  /** Append the new keys/values ([heads, T, head_dim] each, in tensor order) of T tokens. */
  append(news: readonly Float32Array[], T: number): void {
    const { heads, headDim: hd } = this;
    const P = this.used;
    if (P + T > this.capacity) throw new Error(`KV cache full: ${P} + ${T} > ${this.capacity}`);
    news.forEach((nw, i) => {
      const buf = this.buffers[i]!;
      for (let h = heads - 1; h >= 0; h--) {
        if (h > 0 && P > 0) buf.copyWithin(h * (P + T) * hd, h * P * hd, (h + 1) * P * hd);
        buf.set(nw.subarray(h * T * hd, (h + 1) * T * hd), (h * (P + T) + P) * hd);
      }
    });
    this.used = P + T;
  }

  /** Forget everything after the first n tokens. */
  truncate(n: number): void {
    if (n >= this.used) return;
    const { heads, headDim: hd } = this;
    const P = this.used;
    for (const buf of this.buffers) {
      for (let h = 1; h < heads; h++) buf.copyWithin(h * n * hd, h * P * hd, h * P * hd + n * hd);
    }
    this.used = n;
  }

  /** A compact copy of the first n tokens (for the header prefix cache). */
  slice(n: number): KvCache {
    const copy = new KvCache(this.tensors, this.heads, this.headDim, Math.max(n, 1));
    copy.copyPrefixFrom(this, n);
    return copy;
  }

  /** Become the first n tokens of `other` (same shape). */
  copyPrefixFrom(other: KvCache, n: number): void {
    if (n > other.length || n > this.capacity) throw new Error(`cannot copy ${n} tokens`);
    const { heads, headDim: hd } = this;
    const P = other.length;
    other.buffers.forEach((src, i) => {
      const dst = this.buffers[i]!;
      if (n === P) dst.set(src.subarray(0, heads * n * hd));
      else for (let h = 0; h < heads; h++) dst.set(src.subarray(h * P * hd, h * P * hd + n * hd), h * n * hd);
    });
    this.used = n;
  }
}

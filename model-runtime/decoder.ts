/**
 * Greedy decoding of one stop with the KV cache, optionally constrained by the stop grammar.
 *
 * Constrained: candidates are tried in logit order (the argmax first; the full order only
 * when it is refused) against a clone of the grammar; the first one the grammar accepts is
 * taken. Tokens the grammar forces (the rest of the only name that fits, the only frame
 * index, the only marker) are fed in one batched run without asking the model.
 *
 * The final `<|eos|>` is not run through the model here: the caller feeds it together with
 * the next action token, saving one model call per step.
 */
import { RuntimeError, throwIfAborted } from './errors.js';
import { EOS, SPECIAL_TOKENS, type Segment } from './format.js';
import { STOP_MARKERS, type StopGrammar } from './grammar.js';
import type { KvCache } from './kv-cache.js';
import { decodeBytes, type SegmentTokenizer } from './tokenizer.js';

export interface DecodeOptions {
  /** Check every token against this grammar (constrained decoding); null: plain greedy. */
  grammar: StopGrammar | null;
  /** Feed forced tokens without asking the model (constrained decoding only). */
  forcing: boolean;
  maxTokens: number;
  signal?: AbortSignal | undefined;
}

export interface DecodedStop {
  segments: Segment[];
  /** Generated token ids, ending with <|eos|> (which is not in the cache yet). */
  ids: number[];
  /** Product of the probabilities of the tokens the model chose (forced ones excluded). */
  confidence: number;
  minTokenProb: number;
  forcedTokens: number;
  modelRuns: number;
}

/** What decoding needs from the model (StepModel): logits of new tokens after the cache. */
export interface LogitSource {
  readonly vocab: number;
  run(ids: readonly number[], cache: KvCache): Promise<Float32Array>;
}

/** The cache cannot take the next tokens: the caller opens a new window and tries again. */
export class ContextFull extends Error {}

export class StopDecoder {
  private readonly eos: number;
  private readonly specialById = new Map<number, string>();

  constructor(
    private readonly model: LogitSource,
    private readonly tokenizer: SegmentTokenizer,
  ) {
    for (const t of SPECIAL_TOKENS) this.specialById.set(tokenizer.specialId(t)!, t);
    this.eos = tokenizer.specialId(EOS)!;
  }

  /** Run `prompt` (pending tokens + the action token) after the cache, then generate a stop. */
  async decode(cache: KvCache, prompt: readonly number[], options: DecodeOptions): Promise<DecodedStop> {
    let grammar = options.grammar;
    const out = new StopBuilder(this.tokenizer);
    const result: DecodedStop = { segments: [], ids: [], confidence: 1, minTokenProb: 1, forcedTokens: 0, modelRuns: 0 };
    let logits = await this.run(prompt, cache, result, options.signal);
    for (;;) {
      if (result.ids.length >= options.maxTokens) {
        throw new RuntimeError('stop-too-long', `the predicted stop exceeded ${options.maxTokens} tokens`);
      }
      const forced = grammar && options.forcing ? this.forcedIds(grammar) : undefined;
      let feed: number[];
      if (forced !== undefined) {
        for (const id of forced) {
          const next = this.accept(grammar!, id);
          if (!next) throw new Error(`the grammar refused its own forced token ${id}`);
          grammar = next;
        }
        result.forcedTokens += forced.length;
        feed = forced;
      } else {
        const { id, grammar: next } = this.choose(logits, grammar);
        grammar = next;
        const p = probability(logits, id);
        result.confidence *= p;
        result.minTokenProb = Math.min(result.minTokenProb, p);
        feed = [id];
      }
      for (const id of feed) {
        result.ids.push(id);
        out.push(id, this.specialById.get(id));
      }
      if (feed[feed.length - 1] === this.eos) break;
      logits = await this.run(feed, cache, result, options.signal);
    }
    result.segments = out.finish();
    return result;
  }

  private async run(ids: readonly number[], cache: KvCache, result: DecodedStop, signal?: AbortSignal): Promise<Float32Array> {
    throwIfAborted(signal);
    if (cache.length + ids.length > cache.capacity) throw new ContextFull();
    const logits = await this.model.run(ids, cache);
    result.modelRuns++;
    return logits.subarray(logits.length - this.model.vocab);
  }

  /** The greedy token the grammar accepts (the plain argmax without a grammar). */
  private choose(logits: Float32Array, grammar: StopGrammar | null): { id: number; grammar: StopGrammar | null } {
    const n = Math.min(logits.length, this.tokenizer.vocabSize);
    let best = 0;
    for (let i = 1; i < n; i++) if (logits[i]! > logits[best]!) best = i;
    if (grammar === null) return { id: best, grammar };
    const first = this.accept(grammar, best);
    if (first) return { id: best, grammar: first };
    // Rare with a trained model: try the next best few; then (the grammar is narrow here: a
    // name, a line number) only tokens whose first byte it allows, best first.
    const tried = new Set([best]);
    for (const id of topK(logits, n, CHEAP_TRIES)) {
      if (tried.has(id)) continue;
      tried.add(id);
      const next = this.accept(grammar, id);
      if (next) return { id, grammar: next };
    }
    const firstBytes = grammar.allowedFirstBytes();
    const rest: number[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = this.tokenizer.tokenBytes[i];
      if (!tried.has(i) && (bytes ? firstBytes[bytes[0]!] : this.specialById.has(i))) rest.push(i);
    }
    rest.sort((a, b) => logits[b]! - logits[a]!);
    for (const id of rest) {
      const next = this.accept(grammar, id);
      if (next) return { id, grammar: next };
    }
    throw new Error('the stop grammar allows no token (a grammar bug)');
  }

  /** The grammar after `id`, or undefined if it refuses it (the input is left unchanged). */
  private accept(grammar: StopGrammar, id: number): StopGrammar | undefined {
    const marker = this.specialById.get(id);
    if (marker !== undefined) {
      if (!grammar.allowsMarker(marker)) return undefined;
      const next = grammar.clone();
      next.marker(marker);
      return next;
    }
    const bytes = this.tokenizer.tokenBytes[id];
    if (!bytes) return undefined;
    const next = grammar.clone();
    return next.acceptBytes(bytes) ? next : undefined;
  }

  private forcedIds(grammar: StopGrammar): number[] | undefined {
    const forced = grammar.forced(STOP_MARKERS);
    if (forced === undefined) return undefined;
    return 'marker' in forced ? [this.tokenizer.specialId(forced.marker)!] : this.tokenizer.encode([forced.text]);
  }
}

const CHEAP_TRIES = 16;

/** Indices of the k largest of the first n logits, largest first. */
function topK(logits: Float32Array, n: number, k: number): number[] {
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = logits[i]!;
    if (best.length === k && x <= logits[best[k - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && logits[best[at - 1]!]! < x) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}

/** Softmax probability of token `id` under `logits`. */
function probability(logits: Float32Array, id: number): number {
  let max = -Infinity;
  for (const x of logits) if (x > max) max = x;
  let sum = 0;
  for (const x of logits) sum += Math.exp(x - max);
  return Math.exp(logits[id]! - max) / sum;
}

/** Collects generated ids into segments: markers as they are, text tokens joined. */
class StopBuilder {
  private readonly segments: Segment[] = [];
  private text: Uint8Array[] = [];

  constructor(private readonly tokenizer: SegmentTokenizer) {}

  push(id: number, marker: string | undefined): void {
    if (marker === undefined) {
      this.text.push(this.tokenizer.tokenBytes[id] ?? new Uint8Array());
      return;
    }
    this.flush();
    this.segments.push(marker);
  }

  private flush(): void {
    if (this.text.length === 0) return;
    this.segments.push(decodeBytes(this.text));
    this.text = [];
  }

  finish(): Segment[] {
    this.flush();
    return this.segments;
  }
}

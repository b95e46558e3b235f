/**
 * The model's BPE tokenizer over trace-format segments (training/tokenizer.py): special
 * tokens by their fixed id, free text by byte-level BPE, encoded one segment at a time.
 */
import { Tokenizer } from '@huggingface/tokenizers';
import { SPECIAL_TOKENS, type Segment } from './format.js';

export class SegmentTokenizer {
  private readonly tok: Tokenizer;
  private readonly special = new Map<string, number>();
  private readonly cache = new Map<string, number[]>();
  /** Bytes of each non-special token; null for special tokens. */
  readonly tokenBytes: (Uint8Array | null)[];

  /** `json`: the parsed tokenizer.json. Throws if a special token is missing. */
  constructor(json: object) {
    this.tok = new Tokenizer(json, {});
    const vocab = this.tok.get_vocab(true);
    for (const t of SPECIAL_TOKENS) {
      const id = vocab.get(t);
      if (id === undefined) throw new Error(`special token ${t} is missing`);
      this.special.set(t, id);
    }
    const specialIds = new Set(this.special.values());
    const size = Math.max(...vocab.values()) + 1;
    this.tokenBytes = new Array<Uint8Array | null>(size).fill(null);
    for (const [piece, id] of vocab) {
      if (!specialIds.has(id)) this.tokenBytes[id] = byteLevelBytes(piece);
    }
  }

  get vocabSize(): number {
    return this.tokenBytes.length;
  }

  /** Id of a special token (e.g. `<|eos|>`) in this tokenizer. */
  specialId(token: string): number | undefined {
    return this.special.get(token);
  }

  encode(segments: readonly Segment[]): number[] {
    const ids: number[] = [];
    for (const s of segments) {
      const sid = this.special.get(s);
      if (sid !== undefined) {
        ids.push(sid);
        continue;
      }
      ids.push(...this.encodeText(s));
    }
    return ids;
  }

  private encodeText(text: string): number[] {
    const cached = this.cache.get(text);
    if (cached !== undefined) return cached;
    const fresh: number[] = this.tok.encode(text, { add_special_tokens: false }).ids;
    if (this.cache.size < 50_000) this.cache.set(text, fresh);
    return fresh;
  }

  /** The text of any ids: special tokens as written, free text UTF-8 decoded. */
  decode(ids: readonly number[]): string {
    const names = new Map([...this.special].map(([t, id]) => [id, t]));
    let out = '';
    let run: Uint8Array[] = [];
    for (const id of ids) {
      const name = names.get(id);
      if (name === undefined) {
        run.push(this.tokenBytes[id] ?? new Uint8Array());
        continue;
      }
      out += decodeBytes(run) + name;
      run = [];
    }
    return out + decodeBytes(run);
  }
}

export function decodeBytes(chunks: readonly Uint8Array[]): string {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return new TextDecoder().decode(all);
}

// GPT-2 byte-level alphabet: each byte is shown as a printable character.
const UNICODE_TO_BYTE: Map<string, number> = (() => {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const map = new Map<string, number>();
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    const code = printable.includes(b) ? b : 256 + extra++;
    map.set(String.fromCodePoint(code), b);
  }
  return map;
})();

function byteLevelBytes(piece: string): Uint8Array {
  const out: number[] = [];
  for (const ch of piece) {
    const b = UNICODE_TO_BYTE.get(ch);
    if (b === undefined) throw new Error(`token ${JSON.stringify(piece)} is not byte-level`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

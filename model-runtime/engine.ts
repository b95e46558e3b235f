/**
 * What the sessions of one predictor share: the model, tokenizer, decoder, header prefix
 * cache and decoding settings.
 */
import { StopDecoder } from './decoder.js';
import type { Manifest } from './manifest.js';
import { PrefixCache } from './prefix-cache.js';
import type { StepModel } from './step-model.js';
import type { SegmentTokenizer } from './tokenizer.js';

export interface DecodingSettings {
  /** Constrained decoding: every stop is well formed (docs/model-runtime.md). Default true. */
  constrained: boolean;
  /** With constraints, feed forced tokens without asking the model. Default false: forced
   * text is tokenized on its own, which can split it where training never did, and the
   * shipped model then goes off the rails (docs/model-runtime.md, "Forced tokens"). */
  forcing: boolean;
  /** Tokens kept free for the next stop: a window that has less room left starts anew. */
  reserveTokens: number;
  /** Guard against runaway generation: a stop longer than this is an error. */
  maxStopTokens: number;
}

export const DEFAULT_DECODING: Omit<DecodingSettings, 'maxStopTokens'> = {
  constrained: true,
  forcing: false,
  reserveTokens: 64,
};

/**
 * The default stop-length limit: half the model's context (256 at 512 tokens). A stop of a
 * real program with many locals near the format's 100-character cut needs more than 256
 * tokens; a 1,024-token model has the room (training/windows.py uses the same rule).
 */
export function defaultMaxStopTokens(ctx: number): number {
  return Math.floor(ctx / 2);
}

export class Engine {
  readonly decoder: StopDecoder;
  readonly prefixes = new PrefixCache();
  readonly maxHeader: number;

  constructor(
    readonly model: StepModel,
    readonly tokenizer: SegmentTokenizer,
    readonly manifest: Manifest,
    readonly settings: DecodingSettings,
  ) {
    this.decoder = new StopDecoder(model, tokenizer);
    this.maxHeader = manifest.context.max_header;
  }
}

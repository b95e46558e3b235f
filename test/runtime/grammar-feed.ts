/** Feeding rendered segments to the stop grammar, as the decoder would token by token. */
import { isSpecial, type Segment } from '../../model-runtime/format.js';
import { StopGrammar } from '../../model-runtime/grammar.js';

/** Undefined if the grammar accepts the whole stop, else where it refused. */
export function refusal(grammar: StopGrammar, segs: readonly Segment[]): string | undefined {
  for (const [i, s] of segs.entries()) {
    if (isSpecial(s)) {
      if (!grammar.allowsMarker(s)) return `marker ${s} refused at segment ${i} of ${JSON.stringify(segs)}`;
      grammar.marker(s);
    } else {
      const bytes = new TextEncoder().encode(s);
      for (let k = 0; k < bytes.length; k++) {
        if (!grammar.acceptBytes(bytes.subarray(k, k + 1))) {
          return `byte ${k} of ${JSON.stringify(s)} refused in ${JSON.stringify(segs)}`;
        }
      }
    }
  }
  return grammar.finished ? undefined : `not finished after ${JSON.stringify(segs)}`;
}

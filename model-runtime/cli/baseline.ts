/**
 * The trivial baselines every model figure is reported next to: "the output is the first
 * argument unchanged" and "the input is the output". A model that loses to these has not
 * learned to run code.
 */
import type { IoPredictor } from './evaluate.js';

export const trivialBaseline: IoPredictor = {
  predictOutput: async (_code, call) => ({ output: firstArgument(call) }),
  predictInput: async (_code, output) => ({ input: output }),
};

/** The first top-level argument of `name(args)` (a keyword's value), null if none. */
export function firstArgument(call: string): string | null {
  const open = call.indexOf('(');
  if (open < 0 || !call.trimEnd().endsWith(')')) return null;
  const args = call.slice(open + 1, call.trimEnd().length - 1);
  let depth = 0;
  let end = args.length;
  for (let i = 0; i < args.length; i++) {
    const c = args[i]!;
    if (c === '"' || c === "'") {
      i = stringEnd(args, i) - 1;
    } else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      end = i;
      break;
    }
  }
  const first = args.slice(0, end).trim().replace(/^[A-Za-z_]\w*\s*=(?!=)\s*/, '');
  return first === '' ? null : first;
}

/** Index just past the string literal whose opening quote is at `start`. */
function stringEnd(text: string, start: number): number {
  const quote = text.startsWith(text[start]!.repeat(3), start) ? text[start]!.repeat(3) : text[start]!;
  for (let i = start + quote.length; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(quote, i)) return i + quote.length;
  }
  return text.length;
}

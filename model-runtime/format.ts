/**
 * The trace format's vocabulary (docs/trace-format.md; Python: training/traceformat.py):
 * special tokens in their fixed id order, and the free-text escape that keeps `<|` out of
 * text so prompts can be encoded segment by segment.
 */
import type { Action, StopKind } from './stop.js';

/** The trace format this runtime reads and writes; a model's manifest must say the same. */
export const FORMAT_VERSION = 1;

/** A special token or free text. */
export type Segment = string;

export const ACTION_TOKENS: Record<Action, string> = {
  step_into: '<|into|>',
  step_over: '<|over|>',
  step_out: '<|out|>',
  continue: '<|cont|>',
  back_into: '<|binto|>',
  back_over: '<|bover|>',
  back_out: '<|bout|>',
  back_to_call: '<|bcall|>',
};

export const KIND_TOKENS: Record<StopKind, string> = {
  line: '<|line|>',
  return: '<|ret|>',
  exception: '<|exc|>',
  exit: '<|exit|>',
};

const PAD = '<|pad|>';
export const BOS = '<|bos|>';
export const SRC = '<|src|>';
export const CALL = '<|call|>';
export const BP = '<|bp|>';
export const RAISED = '<|xr|>';
export const UNCAUGHT = '<|xu|>';
export const RV = '<|rv|>';
export const EXC = '<|x|>';
export const STDOUT = '<|so|>';
export const VAR = '<|v|>';
export const DEL = '<|del|>';
export const FRAME = '<|f|>';
export const EOS = '<|eos|>';

/** Id i is SPECIAL_TOKENS[i] in every tokenizer of this format version. */
export const SPECIAL_TOKENS: readonly string[] = [
  PAD, BOS, SRC, CALL, BP, RAISED, UNCAUGHT,
  ...Object.values(ACTION_TOKENS),
  ...Object.values(KIND_TOKENS),
  RV, EXC, STDOUT, VAR, DEL, FRAME, EOS,
];

const SPECIAL_SET = new Set(SPECIAL_TOKENS);
export const TOKEN_TO_KIND = new Map<string, StopKind>(
  Object.entries(KIND_TOKENS).map(([k, t]) => [t, k as StopKind]),
);

export function isSpecial(segment: Segment): boolean {
  return SPECIAL_SET.has(segment);
}

export function specialId(token: string): number {
  const id = SPECIAL_TOKENS.indexOf(token);
  if (id < 0) throw new Error(`not a special token: ${token}`);
  return id;
}

const ZWSP = '\u200b';

/** Free text must not contain a special token: `<|` becomes `<` U+200B `|`. */
export function escape(text: string): string {
  return text.replaceAll('<|', `<${ZWSP}|`);
}

export function unescape(text: string): string {
  return text.replaceAll(`<${ZWSP}|`, '<|');
}

const SPLIT = new RegExp(`(${SPECIAL_TOKENS.map((t) => t.replace(/[|]/g, '\\|')).join('|')})`);

/** Split a joined prompt string back into segments. */
export function splitSegments(text: string): Segment[] {
  return text.split(SPLIT).filter((s) => s.length > 0);
}

/**
 * Stops as text (training/traceformat.py render_frames / parse_stop): a stop is written as a
 * diff against the previous stop in the prompt; parsing needs those previous frames back.
 */
import type { FrameState, StopKind, StopState } from './stop.js';
import {
  DEL, EOS, EXC, FRAME, KIND_TOKENS, RV, STDOUT, TOKEN_TO_KIND, VAR, escape, isSpecial, unescape, type Segment,
} from './format.js';

/** A frame as the codec sees it: `key` identifies the activation (the call) across stops. */
export interface FrameView {
  name: string;
  line: number;
  key: number;
  locals: Record<string, string>;
}

/** The parts of a stop the text carries, with frames that know their activation. */
export interface CodecStop {
  kind: StopKind;
  frames: FrameView[];
  value: string | null;
  exception: [string, string] | null;
  stdout: string;
}

export class FormatError extends Error {
  override name = 'FormatError';
}

/** One stop, as a diff against `old` (the previous stop's frames; [] writes it in full). */
export function renderStop(stop: CodecStop, old: readonly FrameView[]): Segment[] {
  const { kind, frames } = stop;
  const segs: Segment[] = [KIND_TOKENS[kind]];
  const stack = kind === 'exit' ? '' : stackText(frames, old);
  if (stack) segs.push(stack);
  if (stop.value !== null && (kind === 'return' || kind === 'exit')) segs.push(RV, escape(stop.value));
  if (stop.exception !== null) segs.push(EXC, escape(`${stop.exception[0]}: ${stop.exception[1]}`));
  if (stop.stdout) segs.push(STDOUT, escape(stop.stdout));
  if (kind !== 'exit') {
    const base = bases(frames, old);
    const top = frames.length - 1;
    for (const p of [top, ...range(top)]) {
      const diff = localsDiff(frames[p]!.locals, base[p]!);
      if (diff.length > 0 && p !== top) segs.push(FRAME, String(p));
      segs.push(...diff);
    }
  }
  segs.push(EOS);
  return segs;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Length of the common prefix of activations. */
function sameActivations(now: readonly FrameView[], old: readonly FrameView[]): number {
  let n = 0;
  while (n < now.length && n < old.length && now[n]!.key === old[n]!.key) n++;
  return n;
}

function stackText(now: readonly FrameView[], old: readonly FrameView[]): string {
  const same = sameActivations(now, old);
  let kept = 0;
  while (kept < same && now[kept]!.line === old[kept]!.line) kept++;
  const dflt = Math.max(old.length - 1, 0);
  const explicit = !(kept >= dflt && same >= dflt);
  const start = explicit ? kept : dflt;
  const parts: string[] = [];
  for (let p = start; p < now.length; p++) {
    parts.push(p < same ? `:${now[p]!.line}` : `${now[p]!.name}:${now[p]!.line}`);
  }
  return explicit ? [`^${kept}`, ...parts].join(' ') : parts.map((x) => ` ${x}`).join('');
}

function bases(now: readonly FrameView[], old: readonly FrameView[]): Record<string, string>[] {
  const same = sameActivations(now, old);
  return now.map((_, p) => (p < same ? old[p]!.locals : {}));
}

function localsDiff(now: Record<string, string>, base: Record<string, string>): Segment[] {
  const segs: Segment[] = [];
  for (const [name, value] of Object.entries(now)) {
    if (base[name] !== value) segs.push(VAR, escape(`${name}=${value}`));
  }
  for (const name of Object.keys(base)) {
    if (!(name in now)) segs.push(DEL, escape(name));
  }
  return segs;
}

// ------------------------------------------------------------------------------ parsing
const STACK = /^(?:\^(\d+))?((?: (?::\d+|[^\s:]+:\d+))*)$/;

/** Inverse of renderStop. `nextKey()` makes a key for each new activation. */
export function parseStop(segs: readonly Segment[], old: readonly FrameView[], nextKey: () => number): CodecStop {
  const kind = segs.length > 0 ? TOKEN_TO_KIND.get(segs[0]!) : undefined;
  if (kind === undefined) throw new FormatError(`a stop starts with a kind token, got ${JSON.stringify(segs[0])}`);
  if (segs[segs.length - 1] !== EOS) throw new FormatError('a stop ends with <|eos|>');
  let i = 1;
  let frames: FrameView[] = [];
  if (kind !== 'exit') {
    const text = i < segs.length && !isSpecial(segs[i]!) ? segs[i]! : '';
    if (text) i++;
    frames = parseStack(text, old, nextKey);
  }
  let value: string | null = null;
  let exception: [string, string] | null = null;
  let stdout = '';
  if (segs[i] === RV) {
    value = unescape(textAt(segs, i + 1));
    i += 2;
  }
  if (segs[i] === EXC) {
    const t = unescape(textAt(segs, i + 1));
    const sep = t.indexOf(': ');
    exception = sep < 0 ? [t, ''] : [t.slice(0, sep), t.slice(sep + 2)];
    i += 2;
  }
  if (segs[i] === STDOUT) {
    stdout = unescape(textAt(segs, i + 1));
    i += 2;
  }
  if (frames.length > 0) {
    let p = frames.length - 1;
    for (; i < segs.length - 1; i += 2) {
      const tok = segs[i];
      const text = textAt(segs, i + 1);
      if (tok === FRAME) {
        p = Number(text);
        if (!/^\d+$/.test(text) || p >= frames.length) throw new FormatError(`frame index ${text} out of range`);
      } else if (tok === VAR) {
        const t = unescape(text);
        const eq = t.indexOf('=');
        if (eq < 0) throw new FormatError(`variable without '=': ${JSON.stringify(text)}`);
        frames[p]!.locals[t.slice(0, eq)] = t.slice(eq + 1);
      } else if (tok === DEL) {
        delete frames[p]!.locals[unescape(text)];
      } else {
        throw new FormatError(`unexpected ${JSON.stringify(tok)} in locals`);
      }
    }
  } else if (i !== segs.length - 1) {
    throw new FormatError(`unexpected ${JSON.stringify(segs[i])}`);
  }
  return { kind, frames, value, exception, stdout };
}

function textAt(segs: readonly Segment[], i: number): string {
  const s = segs[i];
  if (s === undefined || isSpecial(s)) throw new FormatError('missing text after a marker');
  return s;
}

function parseStack(text: string, old: readonly FrameView[], nextKey: () => number): FrameView[] {
  const m = STACK.exec(text);
  if (!m) throw new FormatError(`bad stack ${JSON.stringify(text)}`);
  const start = m[1] !== undefined ? Number(m[1]) : Math.max(old.length - 1, 0);
  if (start > old.length) throw new FormatError(`stack keeps ${start} frames but only ${old.length} exist`);
  const frames = old.slice(0, start).map(copyFrame);
  let continuing = true;
  for (const part of m[2]!.split(' ').filter((x) => x)) {
    const colon = part.lastIndexOf(':');
    const name = part.slice(0, colon);
    const line = Number(part.slice(colon + 1));
    const p = frames.length;
    if (!name) {
      const prev = old[p];
      if (!continuing || prev === undefined) throw new FormatError(`':${line}' continues a frame that does not exist`);
      frames.push({ ...copyFrame(prev), line });
    } else {
      continuing = false;
      frames.push({ name, line, key: nextKey(), locals: {} });
    }
  }
  if (frames.length === 0) throw new FormatError('empty stack');
  return frames;
}

function copyFrame(f: FrameView): FrameView {
  return { name: f.name, line: f.line, key: f.key, locals: { ...f.locals } };
}

// ------------------------------------------------------------------------------ StopState
export function toStopState(stop: CodecStop): StopState {
  return {
    kind: stop.kind,
    stack: stop.frames.map((f): FrameState => ({ name: f.name, line: f.line, locals: { ...f.locals } })),
    value: stop.value,
    exception: stop.exception ? [stop.exception[0], stop.exception[1]] : null,
    stdout: stop.stdout,
  };
}

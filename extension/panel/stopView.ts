/** A stop (predicted or real) as the panel shows it, marked against the other side. */
import type { StopState } from '../../model-runtime/stop';
import type { FrameView, StopView, VariableView } from './view';

/** The adapter's verdict on one variable (adapter/compare/verdict.ts): frames counted from the outermost. */
export interface VariableMatch {
  frame: number;
  name: string;
  match: boolean;
}

export interface SideInfo {
  confidence: number | null;
  error: string | null;
}

/**
 * `other` is the other side's stop, `variables` the adapter's per-variable verdicts; both null
 * in neural mode, where nothing is marked.
 */
export function stopView(stop: StopState | null, other: StopState | null, variables: readonly VariableMatch[] | null, info: SideInfo): StopView {
  if (!stop) return { title: 'no prediction', frames: [], value: null, exception: null, stdout: '', confidence: info.confidence, error: info.error ?? 'no stop' };
  const frames: FrameView[] = stop.stack.map((f, i) => {
    const o = other?.stack[i];
    return {
      name: f.name,
      line: f.line,
      match: other ? o !== undefined && o.name === f.name && o.line === f.line : null,
      locals: localsView(f.locals, other ? (o?.locals ?? {}) : null, i, variables),
    };
  });
  frames.reverse();
  return {
    title: titleOf(stop),
    frames,
    value: stop.value,
    exception: stop.exception ? `${stop.exception[0]}: ${stop.exception[1]}` : null,
    stdout: stop.stdout,
    confidence: info.confidence,
    error: info.error,
  };
}

export function titleOf(stop: StopState): string {
  const line = stop.stack[stop.stack.length - 1]?.line;
  switch (stop.kind) {
    case 'line':
      return `line ${line}`;
    case 'return':
      return `return at line ${line}`;
    case 'exception':
      return `exception at line ${line}`;
    case 'exit':
      return 'end';
  }
}

function localsView(
  locals: Record<string, string>,
  otherLocals: Record<string, string> | null,
  frame: number,
  variables: readonly VariableMatch[] | null,
): VariableView[] {
  const verdict = (name: string): boolean | null => {
    if (!otherLocals) return null;
    const v = variables?.find((x) => x.frame === frame && x.name === name);
    return v ? v.match : otherLocals[name] === locals[name];
  };
  const shown: VariableView[] = Object.entries(locals).map(([name, value]) => ({ name, value, match: verdict(name) }));
  // What only the other side lists is shown as missing here.
  for (const name of Object.keys(otherLocals ?? {})) {
    if (!(name in locals)) shown.push({ name, value: null, match: false });
  }
  return shown;
}

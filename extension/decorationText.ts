/**
 * The inline text at the current line: the predicted values of the innermost frame, and in
 * compare mode the real values beside the ones that differ. No `vscode` import.
 */
import type { FrameState, StopState } from '../model-runtime/stop';

const MAX_CHARS = 120;

export interface LineDecoration {
  /** 1-based line the text goes after. */
  line: number;
  predicted: string;
  /** The real values the prediction got wrong; null when nothing differs (or neural mode). */
  real: string | null;
}

export function lineDecoration(predicted: StopState | null, real: StopState | null): LineDecoration | null {
  const shownStop = real ?? predicted;
  const line = shownStop?.stack[shownStop.stack.length - 1]?.line;
  if (line === undefined) return null;
  const p = predicted?.stack[predicted.stack.length - 1];
  const r = real?.stack[real.stack.length - 1];
  const predictedParts = p ? describeFrame(p, predicted!) : ['no prediction'];
  if (predicted && p && r && p.line !== r.line) predictedParts.unshift(`line ${p.line}`);
  let realText: string | null = null;
  if (real && r) {
    const wrong: string[] = [];
    if (p && p.line !== r.line) wrong.push(`line ${r.line}`);
    for (const [name, value] of Object.entries(r.locals)) if (p?.locals[name] !== value) wrong.push(`${name} = ${value}`);
    for (const name of Object.keys(p?.locals ?? {})) if (!(name in r.locals)) wrong.push(`no ${name}`);
    if (predicted?.value !== real.value && real.value !== null) wrong.push(`returns ${real.value}`);
    if (wrong.length > 0) realText = clip(`real: ${wrong.join(', ')}`);
  }
  return { line, predicted: clip(`predicted: ${predictedParts.join(', ') || '(no locals)'}`), real: realText };
}

function describeFrame(frame: FrameState, stop: StopState): string[] {
  const parts = Object.entries(frame.locals).map(([name, value]) => `${name} = ${value}`);
  if (stop.kind === 'return' && stop.value !== null) parts.unshift(`returns ${stop.value}`);
  if (stop.exception) parts.unshift(`${stop.exception[0]}: ${stop.exception[1]}`);
  return parts;
}

function clip(text: string): string {
  return text.length <= MAX_CHARS ? text : `${text.slice(0, MAX_CHARS - 1)}…`;
}

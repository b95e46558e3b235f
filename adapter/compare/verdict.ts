/**
 * The verdict on one predicted stop against the real one, component by component. Every
 * value is a canonical string on both sides (docs/trace-format.md, "Canonical values"), so a
 * component matches exactly when its canonical text (`componentText`) is the same.
 */
import type { StopState } from '../../model-runtime/stop.js';

export const COMPONENTS = ['kind', 'line', 'stack', 'locals', 'value', 'exception', 'stdout'] as const;
export type Component = (typeof COMPONENTS)[number];

/** One variable of one frame; frames are paired by position from the outermost (index 0). */
export interface VariableVerdict {
  frame: number;
  name: string;
  /** Both sides list the variable with the same value (missing on either side: false). */
  match: boolean;
}

export interface Verdict {
  /** true ✓, false ✗, null: not compared at this stop (see `isCompared`). */
  components: Record<Component, boolean | null>;
  /** Every variable either side lists, real order first. */
  variables: VariableVerdict[];
  /** Every compared component matches. */
  match: boolean;
}

/**
 * The canonical text of a component: `line` is the innermost frame's line, `stack` the
 * frames' `name:line` outermost first, `locals` every variable of every frame keyed by its
 * frame's position, `exception` `Type: message`; '' where a stop has none.
 */
export function componentText(stop: StopState, component: Component): string {
  switch (component) {
    case 'kind':
      return stop.kind;
    case 'line':
      return String(stop.stack[stop.stack.length - 1]?.line ?? '');
    case 'stack':
      return stop.stack.map((f) => `${f.name}:${f.line}`).join(' ');
    case 'locals':
      return JSON.stringify(variableEntries(stop).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    case 'value':
      return stop.value ?? '';
    case 'exception':
      return stop.exception ? `${stop.exception[0]}: ${stop.exception[1]}` : '';
    case 'stdout':
      return stop.stdout;
  }
}

/**
 * Whether a component is compared at this pair of stops. A return value only where either
 * side has one. The exception only where either side has one, and never when the real stop
 * is a return: debugpy does not say whether a function returned by an exception.
 */
export function isCompared(component: Component, predicted: StopState | null, real: StopState): boolean {
  switch (component) {
    case 'value':
      return real.value !== null || (predicted?.value ?? null) !== null;
    case 'exception':
      return real.kind !== 'return' && (real.exception !== null || (predicted?.exception ?? null) !== null);
    default:
      return true;
  }
}

/** Compares a prediction with the real stop; no prediction (null) matches nothing. */
export function compareStops(predicted: StopState | null, real: StopState): Verdict {
  const components = {} as Record<Component, boolean | null>;
  for (const c of COMPONENTS) {
    components[c] = !isCompared(c, predicted, real) ? null : predicted !== null && componentText(predicted, c) === componentText(real, c);
  }
  const variables = compareVariables(predicted, real);
  return { components, variables, match: COMPONENTS.every((c) => components[c] !== false) };
}

function compareVariables(predicted: StopState | null, real: StopState): VariableVerdict[] {
  const guessed = new Map(predicted ? variableEntries(predicted) : []);
  const verdicts: VariableVerdict[] = [];
  for (const [key, value] of variableEntries(real)) {
    verdicts.push({ ...splitKey(key), match: guessed.get(key) === value });
    guessed.delete(key);
  }
  for (const key of guessed.keys()) verdicts.push({ ...splitKey(key), match: false });
  return verdicts;
}

/** `[frame index + NUL + name, value]` of every variable of every frame. */
function variableEntries(stop: StopState): [string, string][] {
  return stop.stack.flatMap((frame, i) => Object.entries(frame.locals).map(([name, value]): [string, string] => [`${i}\u0000${name}`, value]));
}

function splitKey(key: string): { frame: number; name: string } {
  const cut = key.indexOf('\u0000');
  return { frame: Number(key.slice(0, cut)), name: key.slice(cut + 1) };
}

/**
 * The "Predicted" scope a compare session shows next to a frame's Locals: what the model
 * predicted for that frame, each value marked ✓ (equal to the real one) or ✗ with the real
 * value, e.g. `3 ✗ (real: 4)`. The top frame's scope starts with the stop's other compared
 * components: `(stop)` kind, `(line)`, `(stack)`, `(return value)`, `(exception)`, `(stdout)`.
 * Values are the canonical strings both sides are compared in (docs/trace-format.md).
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ComparisonRecord } from '../compare/record.js';
import { componentText, type Component } from '../compare/verdict.js';
import type { StopState } from '../../model-runtime/index.js';

export const PREDICTED_SCOPE = 'Predicted';
/** Shown for a variable one side does not list. */
export const NOT_PREDICTED = '(not predicted)';
const NOT_DEFINED = 'not defined';

const STOP_ROWS: [Component, string][] = [
  ['kind', '(stop)'],
  ['line', '(line)'],
  ['stack', '(stack)'],
  ['value', '(return value)'],
  ['exception', '(exception)'],
  ['stdout', '(stdout)'],
];

/** The scope's rows for frame `frame` (outermost 0) of the record's real stop. */
export function predictedVariables(record: ComparisonRecord, frame: number): DebugProtocol.Variable[] {
  const { predicted, real, verdict } = record;
  const rows: DebugProtocol.Variable[] = [];
  if (frame === real.stack.length - 1) {
    if (predicted === null) rows.push(row('(prediction)', `none ✗ (${record.predictionError ?? 'the model gave none'})`));
    else {
      for (const [component, name] of STOP_ROWS) {
        const match = verdict.components[component];
        if (match !== null) rows.push(row(name, marked(shown(predicted, component), match, shown(real, component))));
      }
    }
  }
  const guessed = predicted?.stack[frame]?.locals ?? {};
  const actual = real.stack[frame]?.locals ?? {};
  for (const v of verdict.variables) {
    if (v.frame !== frame) continue;
    rows.push(row(v.name, marked(guessed[v.name] ?? NOT_PREDICTED, v.match, actual[v.name] ?? NOT_DEFINED)));
  }
  return rows;
}

/** `value ✓`, or `value ✗ (real: other)`. */
function marked(value: string, match: boolean, real: string): string {
  return match ? `${value} ✓` : `${value} ✗ (real: ${real})`;
}

function shown(stop: StopState, component: Component): string {
  const text = componentText(stop, component);
  if (component === 'stdout') return JSON.stringify(text);
  return text === '' ? 'none' : text;
}

function row(name: string, value: string): DebugProtocol.Variable {
  return { name, value, variablesReference: 0, presentationHint: { attributes: ['readOnly'] } };
}

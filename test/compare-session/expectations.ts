/**
 * What a compare session should show for a record, computed from the record's two stops
 * directly (not through the verdict code under test).
 */
import type { ComparisonRecord } from '../../adapter/compare/record.js';
import type { StopState } from '../../model-runtime/stop.js';

/** The Predicted scope's variable rows of frame `frame` (outermost 0): `value ✓` or `value ✗ (real: other)`. */
export function expectedPredictedRows(record: ComparisonRecord, frame: number): { name: string; value: string }[] {
  const guessed = record.predicted?.stack[frame]?.locals ?? {};
  const actual = record.real.stack[frame]?.locals ?? {};
  const names = [...Object.keys(actual), ...Object.keys(guessed).filter((n) => !(n in actual))];
  return names.map((name) => {
    const p = guessed[name];
    const r = actual[name];
    return { name, value: p !== undefined && p === r ? `${p} ✓` : `${p ?? '(not predicted)'} ✗ (real: ${r ?? 'not defined'})` };
  });
}

/** Whether the prediction equals the real stop in every component the verdict compares. */
export function predictionMatches(record: ComparisonRecord): boolean {
  const { predicted: p, real: r } = record;
  if (!p) return false;
  const top = (s: StopState) => s.stack[s.stack.length - 1]?.line;
  const frames = (s: StopState) => JSON.stringify(s.stack.map((f) => [f.name, f.line, Object.entries(f.locals).sort()]));
  const valueCompared = r.value !== null || p.value !== null;
  const exceptionCompared = r.kind !== 'return' && (r.exception !== null || p.exception !== null);
  return (
    p.kind === r.kind &&
    top(p) === top(r) &&
    frames(p) === frames(r) &&
    p.stdout === r.stdout &&
    (!valueCompared || p.value === r.value) &&
    (!exceptionCompared || JSON.stringify(p.exception) === JSON.stringify(r.exception))
  );
}

/** Types whose canonical string is Python's repr, which is what debugpy's Variables view shows. */
export const REPR_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'list', 'tuple', 'dict']);

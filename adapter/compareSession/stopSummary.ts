/**
 * What a compare session says about a stop it shows: the `stopped` reason (debugpy's own is
 * not kept by the engine, so it is derived from the record the way debugpy decides it) and a
 * one-line description of the verdict, starting with ✓ or ✗.
 */
import type { ComparisonRecord } from '../compare/record.js';
import { COMPONENTS, type Component } from '../compare/verdict.js';

export type StopReason = 'entry' | 'step' | 'breakpoint' | 'exception' | 'pause';

/**
 * debugpy's reason for a stop: `entry` for the first, `pause` when the user interrupted the
 * step, `exception`, and `breakpoint` for a line stop on a breakpoint line, which debugpy
 * reports whatever the action was (a step landing there included); else `step`.
 */
export function stopReason(record: ComparisonRecord, breakpointLines: readonly number[]): StopReason {
  if (record.action === 'start') return 'entry';
  if (record.interrupted === 'pause') return 'pause';
  const { kind, stack } = record.real;
  if (kind === 'exception') return 'exception';
  const line = stack[stack.length - 1]?.line;
  return kind === 'line' && line !== undefined && breakpointLines.includes(line) ? 'breakpoint' : 'step';
}

const COMPONENT_NAMES: Record<Component, string> = {
  kind: 'kind',
  line: 'line',
  stack: 'stack',
  locals: 'locals',
  value: 'return value',
  exception: 'exception',
  stdout: 'stdout',
};

/**
 * `✓ Predicted (confidence 12%)`, `✗ Predicted wrong: line, 2 locals (confidence 3%)`,
 * `✗ No prediction: …`; `, from history` for a replayed record, and a note when the
 * record is not counted in the accuracy.
 */
export function describeRecord(record: ComparisonRecord, replayed: boolean): string {
  const suffix = [
    record.confidence !== null ? `confidence ${percent(record.confidence)}` : null,
    record.resynced ? 'from the real previous stop' : null,
    replayed ? 'from history' : null,
    record.interrupted ? `not counted: stopped by ${record.interrupted}` : null,
  ].filter((s) => s !== null);
  const tail = suffix.length > 0 ? ` (${suffix.join(', ')})` : '';
  if (record.predicted === null) return `✗ No prediction: ${record.predictionError ?? 'the model gave none'}${tail}`;
  const { verdict } = record;
  if (verdict.match) return `✓ Predicted${tail}`;
  const wrong = COMPONENTS.filter((c) => verdict.components[c] === false).map((c) => {
    if (c !== 'locals') return COMPONENT_NAMES[c];
    const n = verdict.variables.filter((v) => !v.match).length;
    return n === 1 ? '1 local' : `${n} locals`;
  });
  return `✗ Predicted wrong: ${wrong.join(', ')}${tail}`;
}

function percent(p: number): string {
  return p < 0.01 ? '<1%' : `${Math.round(p * 100)}%`;
}

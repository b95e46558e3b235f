/**
 * Compare mode as terminal text: one row per step (verdict marks per component, predicted and
 * real stop side by side), a line under it for each mismatch with both values, and the
 * accuracy summary. Columns are fixed; long values are cut with `…`.
 */
import type { StopState } from '../../model-runtime/stop.js';
import { rate, type AccuracyFigures, type AccuracySummary, type Tally } from './accuracy.js';
import type { ComparisonRecord } from './record.js';
import { COMPONENTS, componentText, type Component } from './verdict.js';

const MARK_LETTERS: Record<Component, string> = { kind: 'K', line: 'L', stack: 'S', locals: 'V', value: 'R', exception: 'X', stdout: 'O' };
const MAX_VARIABLE_LINES = 5;
const W = { index: 4, action: 11, marks: 13, conf: 5, stop: 28 };
/** Detail lines: the label starts under the action and ends where the predicted column starts. */
const DETAIL_INDENT = W.index + 2;
const LABEL = W.action + 2 + W.marks + 2 + W.conf;

export const LEGEND =
  'K kind  L line  S stack  V locals  R return value  X exception  O stdout   ✓ match  ✗ mismatch  · not compared\n' +
  '↻ predicted from the real previous stop (resync)';

export function tableHeader(): string {
  const marks = COMPONENTS.map((c) => MARK_LETTERS[c]).join(' ');
  return row('#', 'action', marks, 'conf', 'predicted', 'real');
}

/** The row of a step, then a line per mismatch (component, or variable as `function.name`). */
export function formatRecord(r: ComparisonRecord): string[] {
  const marks = COMPONENTS.map((c) => (r.verdict.components[c] === null ? '·' : r.verdict.components[c] ? '✓' : '✗')).join(' ');
  const conf = r.confidence === null ? '' : r.confidence >= 0.01 ? r.confidence.toFixed(2) : r.confidence.toExponential(0);
  const action = `${r.action}${r.resynced ? ' ↻' : ''}`;
  const lines = [row(String(r.index), action, marks, conf, describeStop(r.predicted), describeStop(r.real))];
  if (r.interrupted) lines.push(spanning(r.interrupted === 'pause' ? 'paused' : 'terminated', 'an interrupted step: not counted'));
  if (r.predictionError !== null) lines.push(spanning('no prediction', r.predictionError));
  if (r.predicted === null) return lines;
  for (const c of COMPONENTS) {
    if (r.verdict.components[c] !== false) continue;
    if (c === 'line' && r.verdict.components.stack === false) continue; // the stack line shows it
    if (c === 'locals') lines.push(...variableLines(r.predicted, r));
    else lines.push(detail(c, shown(r.predicted, c), shown(r.real, c)));
  }
  return lines;
}

/** Accuracy with and without resync, per component; `–` where nothing was compared. */
export function formatSummary(summary: AccuracySummary, records: readonly ComparisonRecord[]): string[] {
  const forced = records.filter((r) => r.interrupted).length;
  const counted = records.length - forced;
  const lines = [
    `accuracy over ${counted} stop${counted === 1 ? '' : 's'}${forced ? ` (${forced} forced by pause/terminate not counted)` : ''}`,
    `  ${''.padEnd(10)}${'with resync'.padEnd(22)}without resync`,
  ];
  const line = (name: string, pick: (f: AccuracyFigures) => Tally): string =>
    `  ${name.padEnd(10)}${tally(pick(summary.withResync)).padEnd(22)}${tally(pick(summary.withoutResync))}`;
  lines.push(line('all', (f) => f.overall));
  for (const c of COMPONENTS) lines.push(line(c, (f) => f.components[c]));
  lines.push(line('variables', (f) => f.variables));
  return lines;
}

function tally(t: Tally): string {
  const r = rate(t);
  return r === null ? '–'.padStart(7) : `${`${t.correct}/${t.total}`.padStart(7)}  ${(100 * r).toFixed(1).padStart(5)}%`;
}

/** A stop in a few words: kind, innermost frame, the return value or exception. */
export function describeStop(stop: StopState | null): string {
  if (!stop) return '(no prediction)';
  const top = stop.stack[stop.stack.length - 1];
  let text = top ? `${stop.kind} ${top.name}:${top.line}` : stop.kind;
  if (stop.value !== null) text += ` → ${stop.value}`;
  if (stop.exception) text += ` ${stop.exception[0]}`;
  if (stop.exitCode) text += ` (code ${stop.exitCode})`;
  return text;
}

/** The first few mismatching variables, then how many more. */
function variableLines(predicted: StopState, r: ComparisonRecord): string[] {
  const wrong = r.verdict.variables.filter((v) => !v.match);
  const lines = wrong.slice(0, MAX_VARIABLE_LINES).map((v) => {
    const fn = r.real.stack[v.frame]?.name ?? predicted.stack[v.frame]?.name ?? '?';
    const value = (s: StopState): string => s.stack[v.frame]?.locals[v.name] ?? '(none)';
    return detail(`${fn}.${v.name}`, value(predicted), value(r.real));
  });
  const more = wrong.length - MAX_VARIABLE_LINES;
  if (more > 0) lines.push(detail(`(${more} more variable${more === 1 ? ' differs' : 's differ'})`, '', ''));
  return lines;
}

/** A component's value as shown in a mismatch line. */
function shown(stop: StopState, c: Component): string {
  if (c === 'stdout') return JSON.stringify(stop.stdout);
  return componentText(stop, c) || '(none)';
}

function row(index: string, action: string, marks: string, conf: string, predicted: string, real: string): string {
  return [
    index.padStart(W.index),
    cell(action, W.action),
    cell(marks, W.marks),
    conf.padStart(W.conf),
    cell(predicted, W.stop),
    cut(real, W.stop),
  ].join('  ').trimEnd();
}

function detail(label: string, predicted: string, real: string): string {
  return `${' '.repeat(DETAIL_INDENT)}${cell(label, LABEL)}  ${cell(predicted, W.stop)}  ${cut(real, W.stop)}`.trimEnd();
}

/** A detail line whose text runs over both stop columns. */
function spanning(label: string, text: string): string {
  return `${' '.repeat(DETAIL_INDENT)}${cell(label, LABEL)}  ${cut(text, 2 * W.stop + 2)}`;
}

function cell(text: string, width: number): string {
  return cut(text, width).padEnd(width);
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\n/g, '⏎');
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

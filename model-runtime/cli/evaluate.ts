/**
 * pass@1 of output or input prediction over a JSONL dataset in the common
 * `{code, input, output, id}` format (input = the call's argument text, output = the
 * expected result as a Python expression; the function is `f`, or the record's `fn`).
 * A prediction is run only if it is exactly one literal (literal.ts); otherwise it fails,
 * with the reason in `error`.
 */
import * as fs from 'node:fs';
import { literalProblem } from './literal.js';
import { inputAssertion, outputAssertion, passes, type ScoreOptions } from './score.js';

export interface DatasetItem {
  id: string;
  code: string;
  input: string;
  output: string;
  /** The function the input is passed to. */
  fn: string;
}

export type Task = 'output' | 'input';

/** What evaluation needs of a predictor (the model's Predictor, or a trivial baseline). */
export interface IoPredictor {
  predictOutput(code: string, call: string): Promise<{ output: string | null }>;
  predictInput(code: string, output: string, options: { fn: string }): Promise<{ input: string | null }>;
}

export interface ItemResult {
  id: string;
  prediction: string | null;
  expected: string;
  pass: boolean;
  ms: number;
  /** Why there is no prediction (syntax error, context overflow, ...). */
  error?: string;
}

export interface EvalReport {
  task: Task;
  n: number;
  passed: number;
  pass_at_1: number;
  items: ItemResult[];
}

const DEFAULT_ENTRY = 'f';

export function readDataset(file: string, limit?: number): DatasetItem[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
  const items = lines.map((l, i) => {
    const raw = JSON.parse(l) as Partial<DatasetItem>;
    if (typeof raw.code !== 'string' || typeof raw.input !== 'string' || typeof raw.output !== 'string') {
      throw new Error(`${file}:${i + 1}: an item needs string fields code, input and output`);
    }
    if (raw.fn !== undefined && (typeof raw.fn !== 'string' || !/^[A-Za-z_]\w*$/.test(raw.fn))) {
      throw new Error(`${file}:${i + 1}: field fn must be a function name, got ${JSON.stringify(raw.fn)}`);
    }
    return { id: String(raw.id ?? i), code: raw.code, input: raw.input, output: raw.output, fn: raw.fn ?? DEFAULT_ENTRY };
  });
  return limit === undefined ? items : items.slice(0, limit);
}

export async function evaluate(
  predictor: IoPredictor,
  items: readonly DatasetItem[],
  task: Task,
  score: ScoreOptions,
  onItem?: (r: ItemResult) => void,
): Promise<EvalReport> {
  const results: ItemResult[] = [];
  for (const item of items) {
    const t0 = performance.now();
    let prediction: string | null = null;
    let error: string | undefined;
    try {
      prediction =
        task === 'output'
          ? (await predictor.predictOutput(item.code, `${item.fn}(${item.input})`)).output
          : (await predictor.predictInput(item.code, item.output, { fn: item.fn })).input;
    } catch (e) {
      error = (e as Error).message;
    }
    const ms = performance.now() - t0;
    const expected = task === 'output' ? item.output : item.input;
    const problem = prediction === null ? null : literalProblem(prediction, task);
    if (problem !== null) error = `not a literal: ${problem}`;
    const program =
      prediction === null || problem !== null
        ? null
        : task === 'output'
          ? outputAssertion(item.code, item.output, prediction)
          : inputAssertion(item.code, item.fn, prediction, item.output);
    const result: ItemResult = {
      id: item.id,
      prediction,
      expected,
      pass: program !== null && passes(program, score),
      ms,
      ...(error !== undefined ? { error } : {}),
    };
    results.push(result);
    onItem?.(result);
  }
  const passed = results.filter((r) => r.pass).length;
  return { task, n: results.length, passed, pass_at_1: results.length ? passed / results.length : 0, items: results };
}

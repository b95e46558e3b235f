/** The bundled CLI (dist/cli.js, built by `npm run build`) and its execution-based scoring. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPython, inputAssertion, outputAssertion, passes } from '../../model-runtime/cli/score.js';
import { ROOT, requireModelDir } from './helpers.js';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const DATASET = path.join(ROOT, 'test', 'runtime', 'fixtures', 'tiny-eval.jsonl');

function cli(...args: string[]) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  return spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: ROOT, timeout: 120_000, maxBuffer: 64 << 20 });
}

describe('scoring by execution', () => {
  const score = { python: findPython(), timeoutMs: 10_000 };
  const code = 'def f(xs):\n    return sorted(xs)[-1]\n';

  it('output: assert <expected> == <predicted>', () => {
    expect(passes(outputAssertion(code, '3', '3'), score)).toBe(true);
    expect(passes(outputAssertion(code, '3', '4'), score)).toBe(false);
    expect(passes(outputAssertion(code, '3', '3 +'), score)).toBe(false);
  });

  it('input: assert f(<predicted>) == <expected>', () => {
    expect(passes(inputAssertion(code, 'f', '[1, 3, 2]', '3'), score)).toBe(true);
    expect(passes(inputAssertion(code, 'f', '[1, 2]', '3'), score)).toBe(false);
  });

  it('a program that does not finish in time fails', () => {
    expect(passes('while True: pass\n', { ...score, timeoutMs: 300 })).toBe(false);
  });
});

describe('neural-debug CLI', () => {
  it('eval prints pass@1 as JSON', () => {
    const run = cli('eval', '--dataset', DATASET, '--task', 'output', '--limit', '2', '--json', '--model', requireModelDir());
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ task: 'output', n: 2 });
    expect(report.pass_at_1).toBe(report.passed / 2);
    expect(report.items.map((i: { id: string }) => i.id)).toEqual(['tiny/0', 'tiny/1']);
  });

  it('eval of input prediction prints one line per item and pass@1', () => {
    const run = cli('eval', '--dataset', DATASET, '--task', 'input', '--limit', '1', '--model', requireModelDir());
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^(PASS|FAIL) {2}tiny\/0 {2}.*\npass@1 [01]\/1 = (0|100)\.0%\n$/);
  });

  it('predict-output prints a prediction', () => {
    const code = path.join(ROOT, 'test', 'golden', 'programs', 'sum_list.py');
    const run = cli('predict-output', '--code', code, '--call', 'total([1, 2])', '--model', requireModelDir(), '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).stops.length).toBeGreaterThan(0);
  });

  it('prints a report of more than 1 MB whole on a pipe (process.exit must wait for stdout)', () => {
    // The baseline "output = first argument" copies each 300 KB argument into the report.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ndb-cli-'));
    const dataset = path.join(dir, 'big.jsonl');
    const big = `'${'x'.repeat(300_000)}'`;
    const record = (i: number) => JSON.stringify({ id: `big/${i}`, code: 'def f(s):\n    return s\n', input: big, output: big });
    fs.writeFileSync(dataset, [0, 1, 2, 3].map(record).join('\n'));
    const run = cli('eval', '--dataset', dataset, '--task', 'output', '--baseline', '--json');
    fs.rmSync(dir, { recursive: true });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(1_200_000);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ n: 4, passed: 4 });
  });

  it('reports a missing model folder and usage errors', () => {
    const missing = cli('eval', '--dataset', DATASET, '--task', 'output', '--model', '/nonexistent/model');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/model folder \/nonexistent\/model does not exist/);
    expect(cli('eval', '--task', 'output').stderr).toMatch(/missing --dataset/);
    expect(cli('compare').status).toBe(2);
  });
});

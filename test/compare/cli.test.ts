// `neural-debug compare` from the bundle (dist/cli.js, built by `npm run build`).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccuracySummary } from '../../adapter/compare/accuracy';
import type { ComparisonRecord } from '../../adapter/compare/record';
import { compareStops } from '../../adapter/compare/verdict';
import { requireModelDir } from '../runtime/helpers';
import { fixture, PYTHON, ROOT } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');

function compare(...args: string[]) {
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build`);
  return spawnSync(process.execPath, [CLI, 'compare', ...args], { encoding: 'utf8', cwd: ROOT, timeout: 60_000 });
}

const RECORD_KEYS = ['index', 'action', 'predicted', 'real', 'verdict', 'confidence', 'resynced', 'predictionError', 'interrupted', 'shadow'];

describe('neural-debug compare', () => {
  it('--json prints the documented report', () => {
    const run = compare('examples/classroom.py', '--actions', 'step_over*5', '--json', '--model', requireModelDir(), '--python', PYTHON);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { records: ComparisonRecord[]; accuracy: AccuracySummary } & Record<string, unknown>;
    expect(Object.keys(report)).toEqual(['program', 'model', 'python', 'resync', 'breakpoints', 'exceptionFilters', 'actions', 'stepLimit', 'ended', 'records', 'accuracy']);
    expect(report).toMatchObject({
      program: path.join(ROOT, 'examples', 'classroom.py'),
      model: { dir: requireModelDir() },
      resync: 'onDivergence',
      breakpoints: [],
      exceptionFilters: [],
      actions: Array(5).fill('step_over'),
      stepLimit: { seconds: 30, exceededAt: null },
      ended: false,
    });
    expect(report.records.map((r) => r.action)).toEqual(['start', ...Array(5).fill('step_over')]);
    for (const r of report.records) {
      expect(Object.keys(r)).toEqual(RECORD_KEYS);
      expect(r.verdict).toEqual(compareStops(r.predicted, r.real));
    }
    expect(report.records.map((r) => r.real.stack.at(-1)?.line)).toEqual([1, 8, 9, 10, 11, 9]);
    const { withResync, withoutResync } = report.accuracy;
    expect(withResync.overall).toEqual({ total: 6, correct: report.records.filter((r) => r.verdict.match).length });
    expect(withoutResync.overall).toEqual({ total: 6, correct: report.records.filter((r) => (r.shadow ?? r).verdict.match).length });
  });

  it('prints a row per stop side by side, the mismatches, and the accuracy', () => {
    const run = compare('examples/classroom.py', '--actions', 'step_into*3', '--breakpoints', '4', '--model', requireModelDir(), '--python', PYTHON);
    expect(run.status).toBe(0);
    const rows = run.stdout.split('\n').filter((l) => /^ {3}\d {2}(start|step_into)/.test(l));
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/ [✓✗] [✓✗] [✓✗] [✓✗] [✓✗·] [✓✗·] [✓✗] /);
    expect(rows[3]).toMatch(/line <module>:10$/); // the real stop
    expect(run.stdout).toMatch(/breakpoints 4 /);
    expect(run.stdout).toMatch(/\naccuracy over 4 stops\n.*with resync.*without resync\n {2}all +\d\/4 /);
  });

  it('pauses a step that runs past --step-limit, says so, and ends cleanly', () => {
    const started = Date.now();
    const args = ['--actions', 'continue,step_over*3', '--step-limit', '2', '--model', requireModelDir(), '--python', PYTHON];
    const run = compare(fixture('infinite_loop.py'), ...args, '--json');
    expect(run.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(40_000);
    const report = JSON.parse(run.stdout) as { records: ComparisonRecord[]; stepLimit: unknown };
    expect(report.stepLimit).toEqual({ seconds: 2, exceededAt: 1 });
    expect(report.records).toHaveLength(2); // the start and the paused continue: no step_over ran
    expect(report.records[1]).toMatchObject({ action: 'continue', interrupted: 'pause', real: { kind: 'line' } });
    const text = compare(fixture('infinite_loop.py'), ...args);
    expect(text.stdout).toMatch(/did not stop within 2 s: paused it there; the remaining actions were not run/);
    expect(compare('examples/classroom.py', '--step-limit', '0').stderr).toMatch(/--step-limit must be a positive number of seconds/);
  });

  it('shows the exit code of os._exit on the real side', () => {
    const run = compare(fixture('os_exit.py'), '--actions', 'step_over*4', '--model', requireModelDir(), '--python', PYTHON);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/ exit \(code 3\)\n/);
  });

  it('reports bad arguments and programs with exit status 2', () => {
    expect(compare().status).toBe(2);
    const bad = compare('examples/classroom.py', '--actions', 'jump*2');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown action "jump"/);
    expect(compare('examples/classroom.py', '--resync', 'sometimes').stderr).toMatch(/--resync must be onDivergence, always, never/);
    const syntax = compare(fixture('syntax_error.py'), '--model', requireModelDir(), '--python', PYTHON);
    expect(syntax.status).toBe(2);
    expect(syntax.stderr).toMatch(/^neural-debug compare: SyntaxError in .*syntax_error\.py at line 3: expected ':'\n$/);
  });
});

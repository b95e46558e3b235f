/**
 * `neural-debug`: the model runtime from the command line (bundled to dist/cli.js through
 * adapter/cli.ts, which runs `compare` itself: compare mode needs the debugpy backend).
 *
 *   neural-debug predict-output --code FILE --call "f(...)" [--model DIR] [--json]
 *   neural-debug predict-input  --code FILE --output EXPR [--fn NAME] [--model DIR] [--json]
 *   neural-debug eval --dataset FILE.jsonl --task output|input [--limit N] [--json] [--model DIR] [--baseline]
 *
 * Common: --threads N (wasm threads), --unconstrained (plain greedy decoding),
 * --timeout MS (eval: per-assertion Python timeout), --python PATH (eval scoring),
 * --baseline (eval: score the trivial baseline, first argument / the output, instead of the model).
 */
import * as fs from 'node:fs';
import { intFlag, parseArgs, required, UsageError, type ParsedArgs } from './cli/args.js';
import { trivialBaseline } from './cli/baseline.js';
import { evaluate, readDataset, type Task } from './cli/evaluate.js';
import { findPython } from './cli/score.js';
import { RuntimeError } from './errors.js';
import { loadPredictor } from './node-load.js';
import type { Predictor } from './predictor.js';

const SWITCHES = ['json', 'unconstrained', 'help', 'baseline'];

type Command = (args: ParsedArgs) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  'predict-output': predictOutput,
  'predict-input': predictInput,
  eval: evalCommand,
};

async function load(args: ParsedArgs): Promise<Predictor> {
  return loadPredictor({
    modelDir: args.flags.get('model'),
    threads: intFlag(args, 'threads'),
    constrained: !args.switches.has('unconstrained'),
  });
}

async function predictOutput(args: ParsedArgs): Promise<number> {
  const code = fs.readFileSync(required(args, 'code'), 'utf8');
  const call = required(args, 'call');
  const predictor = await load(args);
  const r = await predictor.predictOutput(code, call);
  if (args.switches.has('json')) print(JSON.stringify(r, null, 1));
  else print(r.output ?? (r.exception ? `raises ${r.exception[0]}: ${r.exception[1]}` : '(no exit predicted)'));
  return 0;
}

async function predictInput(args: ParsedArgs): Promise<number> {
  const code = fs.readFileSync(required(args, 'code'), 'utf8');
  const predictor = await load(args);
  const r = await predictor.predictInput(code, required(args, 'output'), { fn: args.flags.get('fn') });
  if (args.switches.has('json')) print(JSON.stringify(r, null, 1));
  else print(r.input === null ? '(the predicted entry lacks a parameter)' : `${r.fn}(${r.input})`);
  return 0;
}

async function evalCommand(args: ParsedArgs): Promise<number> {
  const task = required(args, 'task');
  if (task !== 'output' && task !== 'input') throw new UsageError('--task must be output or input');
  const items = readDataset(required(args, 'dataset'), intFlag(args, 'limit'));
  const predictor = args.switches.has('baseline') ? trivialBaseline : await load(args);
  const json = args.switches.has('json');
  const score = { python: args.flags.get('python') ?? findPython(), timeoutMs: intFlag(args, 'timeout') ?? 10_000 };
  const report = await evaluate(predictor, items, task as Task, score, (r) => {
    if (!json) print(`${r.pass ? 'PASS' : 'FAIL'}  ${r.id}  ${r.prediction ?? `(${r.error ?? 'no prediction'})`}`);
  });
  if (json) print(JSON.stringify(report, null, 1));
  else print(`pass@1 ${report.passed}/${report.n} = ${(100 * report.pass_at_1).toFixed(1)}%`);
  return 0;
}

function print(text: string): void {
  process.stdout.write(`${text}\n`);
}

const USAGE = `usage: neural-debug <command> [options]
  predict-output --code FILE --call "f(...)" [--model DIR] [--json]
  predict-input  --code FILE --output EXPR [--fn NAME] [--model DIR] [--json]
  eval --dataset FILE.jsonl --task output|input [--limit N] [--json] [--model DIR] [--baseline]
  compare PROG.py [--actions step_over*20] [--breakpoints 5,9] [--resync ...] [--json]   (compare --help)
options: --threads N, --unconstrained, --timeout MS, --python PATH`;

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    process.stderr.write(`${USAGE}\n`);
    return name === undefined || name === '--help' ? 0 : 2;
  }
  try {
    return await command(parseArgs(rest, SWITCHES));
  } catch (e) {
    if (e instanceof UsageError) process.stderr.write(`neural-debug ${name}: ${e.message}\n${USAGE}\n`);
    else if (e instanceof RuntimeError) process.stderr.write(`neural-debug: ${e.message}\n`);
    else throw e;
    return 2;
  }
}

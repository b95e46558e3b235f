/**
 * `neural-debug compare PROG.py`: runs a program under real debugpy and the model side by side
 * and prints each step's predicted and real stop with the verdict, then the accuracy; or, with
 * --json, one JSON document (adapter/compare/README.md). No VS Code needed.
 */
import { intFlag, parseArgs, UsageError, type ParsedArgs } from '../../model-runtime/cli/args.js';
import { findPython } from '../../model-runtime/cli/score.js';
import { defaultModelDir, FORWARD_ACTIONS, loadPredictor, RuntimeError, type ExceptionFilter, type ForwardAction } from '../../model-runtime/index.js';
import { DebugpyError } from '../debugpy/errors.js';
import { LockstepSession } from './lockstep.js';
import { RESYNC_POLICIES, type ResyncPolicy } from './neuralSide.js';
import { formatRecord, formatSummary, LEGEND, tableHeader } from './report.js';
import { forwardWithin } from './stepLimit.js';

export const COMPARE_USAGE = `usage: neural-debug compare PROG.py [--actions step_over*20] [--breakpoints 5,9] [--exceptions raised,uncaught]
                      [--resync onDivergence|always|never] [--step-limit SECONDS] [--model DIR] [--python PATH]
                      [--threads N] [--json]
  --actions   forward actions, comma separated, ACTION*N repeats (step_into, step_over, step_out, continue);
              default step_over*20; the run stops early when the program ends
  --step-limit  seconds one step of the real program may run (default 30): a step that does not
              stop by then is paused there (ended if it cannot pause), and no further actions run
  --python    the interpreter that runs the program (default: $NDB_PYTHON, ./.venv/bin/python, python3)`;

const DEFAULT_ACTIONS = 'step_over*20';
const DEFAULT_STEP_LIMIT_S = 30;

export async function compareCommand(argv: readonly string[]): Promise<number> {
  try {
    return await compare(parseArgs(argv, ['json', 'help']));
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`neural-debug compare: ${e.message}\n${COMPARE_USAGE}\n`);
      return 2;
    }
    if (e instanceof RuntimeError || e instanceof DebugpyError) {
      process.stderr.write(`neural-debug compare: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

async function compare(args: ParsedArgs): Promise<number> {
  if (args.switches.has('help')) {
    process.stdout.write(`${COMPARE_USAGE}\n`);
    return 0;
  }
  const [program, ...extra] = args.positional;
  if (program === undefined) throw new UsageError('missing the program to compare (PROG.py)');
  if (extra.length > 0) throw new UsageError(`one program only, got also ${extra.join(' ')}`);
  const actions = parseActions(args.flags.get('actions') ?? DEFAULT_ACTIONS);
  const breakpoints = parseLines(args.flags.get('breakpoints') ?? '');
  const exceptionFilters = parseFilters(args.flags.get('exceptions') ?? '');
  const resync = parseResync(args.flags.get('resync') ?? 'onDivergence');
  const stepLimitSeconds = parseSeconds(args.flags.get('step-limit') ?? String(DEFAULT_STEP_LIMIT_S));
  const modelDir = args.flags.get('model') ?? defaultModelDir();
  const json = args.switches.has('json');
  const print = (line: string): void => void (json || process.stdout.write(`${line}\n`));

  const predictor = await loadPredictor({ modelDir, threads: intFlag(args, 'threads') });
  let session: LockstepSession | null = null;
  const interrupted = (): void => {
    session?.dispose();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  try {
    session = await LockstepSession.start({
      program,
      predictor,
      resync,
      breakpoints,
      exceptionFilters,
      python: args.flags.get('python') ?? findPython(),
      // stdout is in the stops; a traceback is worth seeing as it comes.
      onOutput: (category, text) => void (category === 'stderr' && process.stderr.write(text)),
    });
    const { name, architecture: a } = predictor.manifest;
    const model = { dir: modelDir, name, d: a.d, layers: a.n_layer, context: a.ctx };
    print(`neural-debug compare ${program}`);
    print(`  model   ${modelDir} (${name}: d${a.d} × ${a.n_layer} layers, context ${a.ctx})`);
    print(`  python  ${session.interpreter.executable} ${session.interpreter.version.join('.')}`);
    print(`  resync  ${resync}   breakpoints ${breakpoints.join(',') || 'none'}   exceptions ${exceptionFilters.join(',') || 'none'}`);
    print(`\n${LEGEND}\n`);
    print(tableHeader());
    formatRecord(session.current).forEach(print);
    let exceededAt: number | null = null;
    for (const action of actions) {
      if (session.ended) break;
      const { record, overran } = await forwardWithin(session, action, stepLimitSeconds * 1000);
      formatRecord(record).forEach(print);
      if (overran) {
        exceededAt = record.index;
        const where = record.real.kind === 'exit' ? 'ended the program' : 'paused it there';
        print(`      did not stop within ${stepLimitSeconds} s: ${where}; the remaining actions were not run`);
        break;
      }
    }
    print('');
    formatSummary(session.accuracy, session.records).forEach(print);
    if (json) {
      const report = {
        program: session.program,
        model,
        python: { executable: session.interpreter.executable, version: session.interpreter.version.join('.') },
        resync,
        breakpoints,
        exceptionFilters,
        actions,
        stepLimit: { seconds: stepLimitSeconds, exceededAt },
        ended: session.ended,
        records: session.records,
        accuracy: session.accuracy,
      };
      process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
    }
    return 0;
  } finally {
    process.off('SIGINT', interrupted);
    session?.dispose();
    await predictor.dispose();
  }
}

function parseSeconds(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--step-limit must be a positive number of seconds, got ${JSON.stringify(text)}`);
  return n;
}

/** `step_over*20,step_into,continue` → the actions, repeats expanded. */
export function parseActions(text: string): ForwardAction[] {
  const actions: ForwardAction[] = [];
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [name = '', times = '1'] = part.split('*');
    if (!(FORWARD_ACTIONS as readonly string[]).includes(name)) {
      throw new UsageError(`unknown action ${JSON.stringify(name)} in --actions: use ${FORWARD_ACTIONS.join(', ')}`);
    }
    const n = Number(times);
    if (!Number.isInteger(n) || n < 1) throw new UsageError(`bad repeat count in --actions: ${part}`);
    for (let i = 0; i < n; i++) actions.push(name as ForwardAction);
  }
  if (actions.length === 0) throw new UsageError('--actions is empty');
  return actions;
}

function parseLines(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean);
  const lines = parts.map(Number);
  if (!lines.every((n) => Number.isInteger(n) && n > 0)) throw new UsageError(`--breakpoints must be line numbers like 5,9, got ${text}`);
  return lines;
}

function parseFilters(text: string): ExceptionFilter[] {
  const filters = text.split(',').map((p) => p.trim()).filter(Boolean);
  for (const f of filters) if (f !== 'raised' && f !== 'uncaught') throw new UsageError(`--exceptions takes raised and/or uncaught, got ${f}`);
  return filters as ExceptionFilter[];
}

function parseResync(text: string): ResyncPolicy {
  if (!(RESYNC_POLICIES as readonly string[]).includes(text)) throw new UsageError(`--resync must be ${RESYNC_POLICIES.join(', ')}`);
  return text as ResyncPolicy;
}

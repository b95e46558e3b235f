/**
 * Checks compare mode's launch arguments (adapter/protocol.ts, CompareLaunchArguments), with
 * debugpy's conventions (adapter/launchConventions.ts): `module`, `args` as one string,
 * `envFile` under `env`. The program itself is checked by the engine when it starts debugpy:
 * it must exist and compile under the chosen interpreter.
 */
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { defaultModelDir } from '../../model-runtime/index.js';
import { RESYNC_POLICIES, type ResyncPolicy } from '../compare/neuralSide.js';
import { LaunchError, programPath, unusedAttributesOf } from '../launchConfig.js';
import { argsOf, parseEnvFile } from '../launchConventions.js';

const COMPARE_ATTRIBUTES = ['mode', 'program', 'module', 'args', 'cwd', 'env', 'envFile', 'python', 'extensionPython', 'stopOnEntry', 'justMyCode', 'console', 'model', 'resync'];

export interface CompareLaunch {
  /** Absolute path of the program (for `module`: the file it names). */
  program: string;
  /** Run as `python -m module` (debugpy's `module`), else as `python program`. */
  module: string | undefined;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  python: string | undefined;
  extensionPython: string | undefined;
  stopOnEntry: boolean;
  modelDir: string;
  resync: ResyncPolicy;
  /** What the Debug Console should say once: attributes nothing uses, settings that differ from the request. */
  notes: string[];
}

export async function resolveCompareLaunch(raw: unknown): Promise<CompareLaunch> {
  const args = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (args.mode !== 'compare') throw new LaunchError(`mode ${JSON.stringify(args.mode)}: this session runs mode "compare"`);
  const cwd = path.resolve(optionalString(args, 'cwd') ?? process.cwd());
  const notes: string[] = [];
  const env = { ...(await envFileOf(args, cwd, notes)), ...stringRecord(args, 'env') };
  const program = await programPath(args, cwd, exists, { PYTHONPATH: process.env.PYTHONPATH, ...env });
  if (!/\.pyw?$/i.test(program)) throw new LaunchError(`not a Python file: ${program} (compare mode debugs *.py programs)`);
  if (args.justMyCode === false) {
    throw new LaunchError('compare mode runs with "justMyCode": true: the model predicts the program\'s own code only');
  }
  const resync = args.resync ?? 'onDivergence';
  if (!RESYNC_POLICIES.includes(resync as ResyncPolicy)) {
    throw new LaunchError(`launch: "resync" must be one of ${RESYNC_POLICIES.map((p) => `"${p}"`).join(', ')}`);
  }
  const console = optionalString(args, 'console') ?? 'internalConsole';
  if (console !== 'internalConsole') {
    notes.push(`compare mode runs the program with "console": "internalConsole" (asked: ${JSON.stringify(console)}): its output is in the Debug Console, where the stops are compared`);
  }
  const unused = unusedAttributesOf(args, COMPARE_ATTRIBUTES);
  if (unused.length > 0) notes.push(`launch attributes not used in compare mode: ${unused.map((k) => `"${k}"`).join(', ')}`);
  const model = optionalString(args, 'model');
  return {
    program,
    module: optionalString(args, 'module'),
    args: argsOf(args.args),
    cwd,
    env,
    python: optionalString(args, 'python') || undefined,
    extensionPython: optionalString(args, 'extensionPython') || undefined,
    stopOnEntry: optionalBoolean(args, 'stopOnEntry') ?? true,
    modelDir: model !== undefined ? path.resolve(cwd, model) : defaultModelDir(),
    resync: resync as ResyncPolicy,
    notes,
  };
}

/** The variables of `envFile` (relative to `cwd`); a missing file is a note, as the Python extension ignores it. */
async function envFileOf(args: Record<string, unknown>, cwd: string, notes: string[]): Promise<Record<string, string>> {
  const given = optionalString(args, 'envFile');
  if (!given) return {};
  const file = path.resolve(cwd, given);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new LaunchError(`cannot read envFile ${file}: ${(e as Error).message}`);
    notes.push(`envFile ${file} does not exist: no variables from it`);
    return {};
  }
  return parseEnvFile(text, file);
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

function optionalString(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new LaunchError(`launch: "${key}" must be a string`);
  return v;
}

function optionalBoolean(args: Record<string, unknown>, key: string): boolean | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw new LaunchError(`launch: "${key}" must be true or false`);
  return v;
}

function stringRecord(args: Record<string, unknown>, key: string): Record<string, string> {
  const v = args[key] ?? {};
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every((s) => typeof s === 'string')) {
    throw new LaunchError(`launch: "${key}" must map names to strings`);
  }
  return v as Record<string, string>;
}

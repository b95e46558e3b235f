/**
 * Checks compare mode's launch arguments (adapter/protocol.ts, CompareLaunchArguments). The
 * program itself is checked by the engine when it starts debugpy: it must exist and compile
 * under the chosen interpreter.
 */
import * as path from 'node:path';
import { defaultModelDir } from '../../model-runtime/index.js';
import { RESYNC_POLICIES, type ResyncPolicy } from '../compare/neuralSide.js';
import { LaunchError } from '../launchConfig.js';

export interface CompareLaunch {
  /** Absolute path of the program. */
  program: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  python: string | undefined;
  extensionPython: string | undefined;
  stopOnEntry: boolean;
  modelDir: string;
  resync: ResyncPolicy;
}

export function resolveCompareLaunch(raw: unknown): CompareLaunch {
  const args = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (args.mode !== 'compare') throw new LaunchError(`mode ${JSON.stringify(args.mode)}: this session runs mode "compare"`);
  const cwd = path.resolve(optionalString(args, 'cwd') ?? process.cwd());
  const given = optionalString(args, 'program');
  if (!given) throw new LaunchError('launch: "program" is missing: give the path of the Python file to debug');
  const program = path.resolve(cwd, given);
  if (!/\.pyw?$/i.test(program)) throw new LaunchError(`not a Python file: ${program} (compare mode debugs *.py programs)`);
  if (args.justMyCode === false) {
    throw new LaunchError('compare mode runs with "justMyCode": true: the model predicts the program\'s own code only');
  }
  const resync = args.resync ?? 'onDivergence';
  if (!RESYNC_POLICIES.includes(resync as ResyncPolicy)) {
    throw new LaunchError(`launch: "resync" must be one of ${RESYNC_POLICIES.map((p) => `"${p}"`).join(', ')}`);
  }
  const model = optionalString(args, 'model');
  return {
    program,
    args: stringList(args, 'args'),
    cwd,
    env: stringRecord(args, 'env'),
    python: optionalString(args, 'python') || undefined,
    extensionPython: optionalString(args, 'extensionPython') || undefined,
    stopOnEntry: optionalBoolean(args, 'stopOnEntry') ?? true,
    modelDir: model !== undefined ? path.resolve(cwd, model) : defaultModelDir(),
    resync: resync as ResyncPolicy,
  };
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

function stringList(args: Record<string, unknown>, key: string): string[] {
  const v = args[key] ?? [];
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) throw new LaunchError(`launch: "${key}" must be a list of strings`);
  return v;
}

function stringRecord(args: Record<string, unknown>, key: string): Record<string, string> {
  const v = args[key] ?? {};
  if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.values(v).every((s) => typeof s === 'string')) {
    throw new LaunchError(`launch: "${key}" must map names to strings`);
  }
  return v as Record<string, string>;
}

/**
 * Checks launch arguments and reads the program: every problem the user must fix becomes a
 * launch error with a message saying what and where. The model is loaded by the caller.
 */
import * as path from 'node:path';
import { defaultModelDir, lexPython, type SyntaxChecker } from '../model-runtime/index.js';
import { decodeSource, type FileAccessor } from './fileAccessor.js';
import { LaunchError } from './launchError.js';
import { argsOf, moduleFile, moduleRoots } from './launchConventions.js';

export { LaunchError };

export interface ResolvedLaunch {
  /** Absolute path of the program. */
  program: string;
  source: string;
  call?: string;
  stopOnEntry: boolean;
  modelDir: string;
  /** `args` were given: neural mode cannot use them. */
  ignoredArgs: boolean;
  /** Launch attributes given that this adapter does not use (e.g. debugpy's `module`, `env`), by name. */
  unusedAttributes: string[];
}

/** Ours (package.json's launch attributes) and those VS Code itself reads or adds. */
const NEURAL_ATTRIBUTES = ['program', 'module', 'args', 'cwd', 'stopOnEntry', 'mode', 'model', 'python', 'resync', 'call'];
/** Those VS Code itself reads or adds. */
const VSCODE_ATTRIBUTES = ['type', 'request', 'name', 'preLaunchTask', 'postDebugTask', 'internalConsoleOptions', 'presentation', 'debugServer', 'noDebug', 'windows', 'linux', 'osx', 'suppressMultipleSessionWarning'];

/** Attributes in `args` that neither `used` nor VS Code uses; VS Code's internal `__` ones aside. */
export function unusedAttributesOf(args: Record<string, unknown>, used: readonly string[] = NEURAL_ATTRIBUTES): string[] {
  const known = new Set([...used, ...VSCODE_ATTRIBUTES]);
  return Object.keys(args).filter((k) => !known.has(k) && !k.startsWith('__')).sort();
}

/**
 * The program's path: `program` (relative to `cwd`), or the file of `module` as `python -m`
 * would find it (debugpy's convention; the two exclude each other).
 */
export async function programPath(args: Record<string, unknown>, cwd: string, exists: (file: string) => Promise<boolean>, env: Record<string, string | undefined>): Promise<string> {
  const given = optionalString(args, 'program');
  const module = optionalString(args, 'module');
  if (given && module) throw new LaunchError('launch: "program" and "module" exclude each other: give one');
  if (module) return moduleFile(module, moduleRoots(cwd, env), exists);
  if (!given) throw new LaunchError('launch: "program" is missing: give the path of the Python file to debug (or "module")');
  return path.resolve(cwd, given);
}

/** The runtime's own check (its lexer): what the adapter uses unless its host gives another. */
export const builtinSyntaxCheck: SyntaxChecker = (source) => lexPython(source).error;

export async function resolveLaunch(raw: unknown, files: FileAccessor, checkSyntax: SyntaxChecker): Promise<ResolvedLaunch> {
  const args = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (args.mode !== undefined && args.mode !== 'neural') {
    throw new LaunchError(`unknown mode ${JSON.stringify(args.mode)}: this adapter runs mode "neural"`);
  }
  const cwd = optionalString(args, 'cwd') ?? process.cwd();
  const program = await programPath(args, cwd, (file) => readable(files, file), pythonPathOf(args));
  if (!/\.pyw?$/i.test(program)) throw new LaunchError(`not a Python file: ${program} (the neural debugger predicts *.py programs)`);
  if (args.stopOnEntry !== undefined && typeof args.stopOnEntry !== 'boolean') throw new LaunchError('launch: "stopOnEntry" must be true or false');
  const call = optionalString(args, 'call');
  const model = optionalString(args, 'model');
  const source = await readProgram(files, program);
  const issue = await checkSyntax(source);
  if (issue) throw new LaunchError(`SyntaxError in ${program}, line ${issue.line}, column ${issue.column}: ${issue.message}`);
  if (call !== undefined) checkCall(call, source, program);
  return {
    program,
    source,
    ...(call !== undefined ? { call: call.trim() } : {}),
    stopOnEntry: args.stopOnEntry === true,
    modelDir: model !== undefined ? path.resolve(cwd, model) : defaultModelDir(),
    ignoredArgs: argsOf(args.args).length > 0,
    unusedAttributes: unusedAttributesOf(args),
  };
}

function optionalString(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new LaunchError(`launch: "${key}" must be a string`);
  return v;
}

/** Neural mode runs nothing, but `env`'s PYTHONPATH still tells where `module` is. */
function pythonPathOf(args: Record<string, unknown>): Record<string, string | undefined> {
  const env = args.env;
  const value = typeof env === 'object' && env !== null ? (env as Record<string, unknown>).PYTHONPATH : undefined;
  return typeof value === 'string' ? { PYTHONPATH: value } : {};
}

async function readable(files: FileAccessor, file: string): Promise<boolean> {
  try {
    await files.readFile(file);
    return true;
  } catch {
    return false;
  }
}

async function readProgram(files: FileAccessor, program: string): Promise<string> {
  try {
    return decodeSource(await files.readFile(program));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    // Node's fs and vscode.workspace.fs name a missing file differently.
    if (code === 'ENOENT' || code === 'FileNotFound') throw new LaunchError(`program not found: ${program}`);
    throw new LaunchError(`cannot read ${program}: ${(e as Error).message}`);
  }
}

/** `call` must call a top-level function of the program, e.g. `f([3, 1, 2])`. */
function checkCall(call: string, source: string, program: string): void {
  const name = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*\(/u.exec(call)?.[1];
  if (name === undefined || !/\)\s*$/.test(call) || lexPython(call).error) {
    throw new LaunchError(`launch: "call" must be a call of a function of the program, like f([3, 1, 2]); got ${call}`);
  }
  const defined = lexPython(source).lines.some((l) => {
    const t = l.tokens;
    const at = t[0]?.text === 'async' ? 1 : 0;
    return l.indent === 0 && t[at]?.text === 'def' && t[at + 1]?.text === name;
  });
  if (!defined) throw new LaunchError(`launch: "call" calls ${name}, which is not a top-level function of ${program}`);
}

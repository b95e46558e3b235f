/**
 * Checks launch arguments and reads the program: every problem the user must fix becomes a
 * launch error with a message saying what and where. The model is loaded by the caller.
 */
import * as path from 'node:path';
import { defaultModelDir, lexPython, type SyntaxChecker } from '../model-runtime/index.js';
import { decodeSource, type FileAccessor } from './fileAccessor.js';

export class LaunchError extends Error {
  override name = 'LaunchError';
}

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
const USED_ATTRIBUTES = new Set(['program', 'args', 'cwd', 'stopOnEntry', 'mode', 'model', 'python', 'resync', 'call',
  'type', 'request', 'name', 'preLaunchTask', 'postDebugTask', 'internalConsoleOptions', 'presentation', 'debugServer', 'noDebug', 'windows', 'linux', 'osx', 'suppressMultipleSessionWarning']);

/** Attributes in `args` that nothing uses; VS Code's internal `__` ones aside. */
export function unusedAttributesOf(args: Record<string, unknown>): string[] {
  return Object.keys(args).filter((k) => !USED_ATTRIBUTES.has(k) && !k.startsWith('__')).sort();
}

/** The runtime's own check (its lexer): what the adapter uses unless its host gives another. */
export const builtinSyntaxCheck: SyntaxChecker = (source) => lexPython(source).error;

export async function resolveLaunch(raw: unknown, files: FileAccessor, checkSyntax: SyntaxChecker): Promise<ResolvedLaunch> {
  const args = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (args.mode !== undefined && args.mode !== 'neural') {
    throw new LaunchError(`unknown mode ${JSON.stringify(args.mode)}: this adapter runs mode "neural"`);
  }
  const cwd = optionalString(args, 'cwd') ?? process.cwd();
  const given = optionalString(args, 'program');
  if (!given) throw new LaunchError('launch: "program" is missing: give the path of the Python file to debug');
  const program = path.resolve(cwd, given);
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
    ignoredArgs: Array.isArray(args.args) && args.args.length > 0,
    unusedAttributes: unusedAttributesOf(args),
  };
}

function optionalString(args: Record<string, unknown>, key: string): string | undefined {
  const v = args[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new LaunchError(`launch: "${key}" must be a string`);
  return v;
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

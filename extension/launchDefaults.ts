/**
 * Fills in a `neural-python` launch configuration before it starts (no `vscode` import, so it
 * is unit-tested): F5 without a launch.json debugs the active Python file in neural mode,
 * settings supply the model, interpreter and resync policy, and an untrusted workspace never
 * gets compare mode (it runs the program).
 */
import { DEBUG_TYPE, type ResyncPolicy } from './ids';
import { UNTRUSTED_COMPARE_MESSAGE } from './trustMessage';

export interface LaunchContext {
  /** Language id of the active editor's document, if any. */
  activeLanguage: string | undefined;
  /** Whether a workspace folder is open (then `${workspaceFolder}` resolves). */
  hasFolder: boolean;
  trusted: boolean;
  modelPath: string | undefined;
  pythonPath: string | undefined;
  resync: ResyncPolicy;
}

export type LaunchConfig = Record<string, unknown>;

export type Completed = { config: LaunchConfig } | { error: string };

export function completeLaunch(given: LaunchConfig, ctx: LaunchContext): Completed {
  let config = { ...given };
  if (!config.type && !config.request && !config.name) {
    // No launch.json (or an empty configuration): debug the active file.
    if (ctx.activeLanguage !== 'python') return { error: 'Open a Python file to debug it with the neural debugger.' };
    config = { type: DEBUG_TYPE, request: 'launch', name: 'Neural: Current File', program: '${file}' };
  }
  config.type ??= DEBUG_TYPE;
  config.request ??= 'launch';
  if (config.module === undefined) config.program ??= '${file}'; // debugpy's `module` excludes `program`
  config.mode ??= 'neural';
  config.stopOnEntry ??= true;
  if (ctx.hasFolder) config.cwd ??= '${workspaceFolder}';
  if (ctx.modelPath !== undefined) config.model ??= ctx.modelPath;
  if (config.mode === 'compare') {
    if (!ctx.trusted) return { error: UNTRUSTED_COMPARE_MESSAGE };
    config.resync ??= ctx.resync;
    if (ctx.pythonPath !== undefined) config.python ??= ctx.pythonPath;
  }
  return { config };
}

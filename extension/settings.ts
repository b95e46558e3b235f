/** The `neuralDebugger.*` settings, read fresh each time (the user may change them at any moment). */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SETTINGS_SECTION, type ResyncPolicy } from './ids';

export interface Settings {
  /** Absolute model folder, or undefined for the bundled models/default. */
  modelPath: string | undefined;
  threads: number;
  /** Interpreter for compare mode when the launch configuration names none. */
  pythonPath: string | undefined;
  resync: ResyncPolicy;
}

export function readSettings(folder?: vscode.WorkspaceFolder): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder);
  return {
    modelPath: absolute(config.get<string>('modelPath'), folder),
    threads: Math.max(1, Math.floor(config.get<number>('threads') ?? 1)),
    pythonPath: config.get<string>('pythonPath')?.trim() || undefined,
    resync: config.get<ResyncPolicy>('resync') ?? 'onDivergence',
  };
}

/** A relative setting is relative to the workspace folder (else the first one). */
function absolute(value: string | undefined, folder?: vscode.WorkspaceFolder): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (path.isAbsolute(trimmed)) return trimmed;
  const base = folder ?? vscode.workspace.workspaceFolders?.[0];
  return base ? path.join(base.uri.fsPath, trimmed) : path.resolve(trimmed);
}

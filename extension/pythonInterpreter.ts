/**
 * The interpreter the Python extension selected for a folder, if that extension is installed:
 * compare mode runs debugpy with it when neither the launch configuration nor the
 * `neuralDebugger.pythonPath` setting names one (adapter/debugpy/interpreter.ts decides).
 */
import { PythonExtension } from '@vscode/python-extension';
import * as vscode from 'vscode';

export async function selectedInterpreter(folder: vscode.WorkspaceFolder | undefined): Promise<string | undefined> {
  if (!vscode.extensions.getExtension('ms-python.python')) return undefined;
  try {
    const api = await PythonExtension.api();
    const active = api.environments.getActiveEnvironmentPath(folder?.uri);
    const resolved = await api.environments.resolveEnvironment(active);
    return resolved?.executable.uri?.fsPath ?? active.path;
  } catch {
    return undefined; // the Python extension failed to answer: python3 on PATH is the fallback
  }
}

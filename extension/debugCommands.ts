/** "Debug current file" (neural) and "Compare current file with debugpy". */
import * as vscode from 'vscode';
import { DEBUG_TYPE, type DebugMode } from './ids';

export async function debugActiveFile(mode: DebugMode, resource?: vscode.Uri): Promise<void> {
  const uri = resource ?? vscode.window.activeTextEditor?.document.uri;
  if (!uri || !/\.pyw?$/i.test(uri.path)) {
    void vscode.window.showErrorMessage('Open a Python file to debug it with the neural debugger.');
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const config: vscode.DebugConfiguration = {
    type: DEBUG_TYPE,
    request: 'launch',
    name: mode === 'compare' ? 'Compare: Current File' : 'Neural: Current File',
    program: uri.fsPath,
    mode,
  };
  await vscode.debug.startDebugging(folder, config);
}

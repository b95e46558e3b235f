/** Resolves `neural-python` launch configurations (launch.json entries and F5 without one). */
import * as vscode from 'vscode';
import { completeLaunch } from './launchDefaults';
import { selectedInterpreter } from './pythonInterpreter';
import { readSettings } from './settings';

export class NeuralConfigurationProvider implements vscode.DebugConfigurationProvider {
  async resolveDebugConfiguration(
    folder: vscode.WorkspaceFolder | undefined,
    given: vscode.DebugConfiguration,
  ): Promise<vscode.DebugConfiguration | undefined> {
    const settings = readSettings(folder);
    const result = completeLaunch(given, {
      activeLanguage: vscode.window.activeTextEditor?.document.languageId,
      hasFolder: folder !== undefined,
      trusted: vscode.workspace.isTrusted,
      modelPath: settings.modelPath,
      pythonPath: settings.pythonPath,
      resync: settings.resync,
    });
    if ('error' in result) {
      void vscode.window.showErrorMessage(result.error);
      return undefined; // cancels the launch
    }
    const config = result.config as vscode.DebugConfiguration;
    if (config.mode === 'compare' && config.python === undefined) {
      // Passed separately from `python` so that error messages can say where it came from.
      const fromExtension = await selectedInterpreter(folder);
      if (fromExtension) config.extensionPython = fromExtension;
    }
    return config;
  }
}

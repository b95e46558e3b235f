/**
 * Activation: wires the debugger (configuration provider, inline adapter), the comparison
 * panel, editor decorations, status bar, commands and the language server together.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NeuralAdapterFactory } from './adapterFactory';
import { NeuralConfigurationProvider } from './configurationProvider';
import { debugActiveFile } from './debugCommands';
import { StopDecorations } from './decorations';
import { COMMANDS, DEBUG_TYPE } from './ids';
import { startLanguageClient } from './languageClient';
import { ComparePanel } from './panel/comparePanel';
import { PredictCommands } from './predictCommands';
import { SessionFollower } from './sessions';
import { readSettings } from './settings';
import { StatusBar } from './statusBar';
import { TrackedPredictors } from './trackedPredictors';

let client: Promise<LanguageClient> | undefined;
let predictors: TrackedPredictors | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Neural Debugger');
  const statusBar = new StatusBar();
  const { threads } = readSettings();
  predictors = new TrackedPredictors(threads, (state) => statusBar.setModelState('debugger', state));
  const decorations = new StopDecorations();
  let follower: SessionFollower | undefined;
  const panel = new ComparePanel(context.extensionUri, (index) => follower?.travel(index) ?? Promise.resolve());
  follower = new SessionFollower(panel, decorations, statusBar);

  // The language server (and its model) starts on the first prediction asked for, or for code lenses once a Python file is open.
  const languageClient = (): Promise<LanguageClient> => {
    client ??= startLanguageClient(context, threads, (state) => statusBar.setModelState('language server', state));
    return client;
  };
  const predict = new PredictCommands(languageClient, output);

  context.subscriptions.push(
    output,
    statusBar,
    decorations,
    panel,
    follower,
    vscode.debug.registerDebugConfigurationProvider(DEBUG_TYPE, new NeuralConfigurationProvider()),
    vscode.debug.registerDebugAdapterDescriptorFactory(DEBUG_TYPE, new NeuralAdapterFactory(predictors)),
    vscode.commands.registerCommand(COMMANDS.debugFile, (uri?: vscode.Uri) => debugActiveFile('neural', uri)),
    vscode.commands.registerCommand(COMMANDS.compareFile, (uri?: vscode.Uri) => debugActiveFile('compare', uri)),
    vscode.commands.registerCommand(COMMANDS.showPanel, () => {
      panel.show();
      panel.update(follower?.shownTrack?.view() ?? null);
    }),
    vscode.commands.registerCommand(COMMANDS.predictOutput, (uri?: string, fn?: string) => predict.predictOutput(uri, fn)),
    vscode.commands.registerCommand(COMMANDS.predictInput, (uri?: string, fn?: string) => predict.predictInput(uri, fn)),
  );
  if (vscode.workspace.textDocuments.some((d) => d.languageId === 'python')) void languageClient();
  else {
    const opened = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId !== 'python') return;
      opened.dispose();
      void languageClient();
    });
    context.subscriptions.push(opened);
  }
  output.appendLine(`Neural Debugger activated (extension ${context.extension.packageJSON.version as string})`);
}

export async function deactivate(): Promise<void> {
  await Promise.all([client?.then((c) => c.stop()), predictors?.dispose()]);
}

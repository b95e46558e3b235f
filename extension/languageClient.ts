/**
 * Starts the language server (dist/server.js) in its own Node process, for Python files, and
 * forwards its model state to the status bar.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { MODEL_STATE_NOTIFICATION, type ModelStateParams, type ServerInitOptions } from '../server/protocol';
import type { ModelState } from './modelState';

export async function startLanguageClient(
  context: vscode.ExtensionContext,
  threads: number,
  onModelState: (state: ModelState) => void,
): Promise<LanguageClient> {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: ServerInitOptions = { threads };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'python' },
      { scheme: 'untitled', language: 'python' },
    ],
    initializationOptions,
  };
  const client = new LanguageClient('neuralDebugger', 'Neural Debugger predictions', serverOptions, clientOptions);
  client.onNotification(MODEL_STATE_NOTIFICATION, (s: ModelStateParams) => onModelState(s.state === 'loading' ? { ...s, since: Date.now() } : s));
  await client.start();
  return client;
}

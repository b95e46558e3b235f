/**
 * Creates the debug adapter of a `neural-python` session, inline in the extension host
 * (DebugAdapterInlineImplementation): a neural session, or a compare session that also runs
 * the program under debugpy (in a child process). Sessions share one loaded model per folder.
 */
import * as vscode from 'vscode';
import { CompareDebugSession, NeuralDebugSession, type FileAccessor, type PredictorProvider } from '../adapter/index';
import { UNTRUSTED_COMPARE_MESSAGE } from './trustMessage';

/** Reads through VS Code, so remote and virtual workspaces work. */
const workspaceFiles: FileAccessor = {
  readFile: (path) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.file(path))),
};

export class NeuralAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly predictors: PredictorProvider) {}

  createDebugAdapterDescriptor(session: vscode.DebugSession): vscode.DebugAdapterDescriptor {
    const compare = session.configuration.mode === 'compare';
    // The configuration provider refuses it first; this also covers sessions started past it.
    if (compare && !vscode.workspace.isTrusted) throw new Error(UNTRUSTED_COMPARE_MESSAGE);
    const adapter =
      compare
        ? new CompareDebugSession({ predictors: this.predictors })
        : new NeuralDebugSession(workspaceFiles, { predictors: this.predictors });
    return new vscode.DebugAdapterInlineImplementation(adapter);
  }
}

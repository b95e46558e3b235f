/**
 * Creates the debug adapter of a `neural-python` session: the adapter runs inline in the
 * extension host (DebugAdapterInlineImplementation), sharing one loaded model per folder
 * across sessions.
 */
import * as vscode from 'vscode';
import { NeuralDebugSession, type FileAccessor, type PredictorProvider } from '../adapter/index';

/** Reads through VS Code, so remote and virtual workspaces work. */
const workspaceFiles: FileAccessor = {
  readFile: (path) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.file(path))),
};

export class NeuralAdapterFactory implements vscode.DebugAdapterDescriptorFactory {
  constructor(private readonly predictors: PredictorProvider) {}

  createDebugAdapterDescriptor(): vscode.DebugAdapterDescriptor {
    return new vscode.DebugAdapterInlineImplementation(new NeuralDebugSession(workspaceFiles, { predictors: this.predictors }));
  }
}

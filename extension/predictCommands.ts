/**
 * The commands "predict the output of the function at the cursor for a call you type" and
 * "predict an input for an output you type", answered by the language server.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  PREDICT_INPUT_REQUEST,
  PREDICT_OUTPUT_REQUEST,
  type PredictInputParams,
  type PredictInputResult,
  type PredictOutputParams,
  type PredictOutputResult,
} from '../server/protocol';
import { functionAt, topLevelFunctions, type TopLevelFunction } from '../server/topLevelFunctions';
import { readSettings } from './settings';

/** LSP's error code for a request the client cancelled. */
const REQUEST_CANCELLED = -32800;

export class PredictCommands {
  constructor(
    private readonly client: () => Promise<LanguageClient>,
    private readonly output: vscode.OutputChannel,
  ) {}

  /** From a code lens: (uri, function name); from the palette: the function at the cursor. */
  async predictOutput(uri?: string, fnName?: string): Promise<void> {
    const target = await this.target(uri, fnName);
    if (!target) return;
    const { doc, fn } = target;
    const call = await vscode.window.showInputBox({
      title: `Predict the output of ${fn.name}`,
      prompt: `A call of ${fn.name}(${fn.params.join(', ')}), e.g. ${fn.name}(${fn.params.map(() => '…').join(', ')})`,
      value: `${fn.name}()`,
      valueSelection: [fn.name.length + 1, fn.name.length + 1],
      validateInput: (v) => (new RegExp(`^\\s*${fn.name}\\s*\\(.*\\)\\s*$`, 's').test(v) ? undefined : `Type a call of ${fn.name}, like ${fn.name}(1, 2)`),
    });
    if (call === undefined) return;
    const params: PredictOutputParams = { uri: doc.uri.toString(), call: call.trim(), ...this.model(doc) };
    const r = await this.request<PredictOutputResult>(`Predicting ${call.trim()}…`, PREDICT_OUTPUT_REQUEST, params);
    if (!r) return;
    const what = r.output !== null ? `returns ${r.output}` : r.exception ? `raises ${r.exception[0]}: ${r.exception[1]}` : 'has no predicted result';
    this.report(`${call.trim()} ${what}`, r.confidence, r.ms);
  }

  async predictInput(uri?: string, fnName?: string): Promise<void> {
    const target = await this.target(uri, fnName);
    if (!target) return;
    const { doc, fn } = target;
    const output = await vscode.window.showInputBox({
      title: `Predict an input of ${fn.name}`,
      prompt: `A value ${fn.name} should return, e.g. 6 or [1, 2] or 'text'`,
      validateInput: (v) => (v.trim() ? undefined : 'Type a Python value'),
    });
    if (output === undefined) return;
    const params: PredictInputParams = { uri: doc.uri.toString(), output: output.trim(), fn: fn.name, ...this.model(doc) };
    const r = await this.request<PredictInputResult>(`Predicting an input of ${fn.name}…`, PREDICT_INPUT_REQUEST, params);
    if (!r) return;
    const what = r.input !== null ? `${r.fn}(${r.input}) should return ${output.trim()}` : `the model left a parameter of ${r.fn} out`;
    this.report(what, r.confidence, r.ms);
  }

  private async target(uri: string | undefined, fnName: string | undefined): Promise<{ doc: vscode.TextDocument; fn: TopLevelFunction } | undefined> {
    const editor = vscode.window.activeTextEditor;
    const doc = uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(uri)) : editor?.document;
    if (!doc || doc.languageId !== 'python') {
      void vscode.window.showErrorMessage('Open a Python file and place the cursor in a top-level function.');
      return undefined;
    }
    const source = doc.getText();
    const fn = fnName
      ? topLevelFunctions(source).find((f) => f.name === fnName)
      : editor && editor.document === doc ? functionAt(source, editor.selection.active.line + 1) : undefined;
    if (!fn) {
      void vscode.window.showErrorMessage(fnName ? `No top-level function ${fnName} in ${doc.fileName}.` : 'Place the cursor in a top-level function (def at the start of a line).');
      return undefined;
    }
    return { doc, fn };
  }

  private model(doc: vscode.TextDocument): { modelDir?: string } {
    const dir = readSettings(vscode.workspace.getWorkspaceFolder(doc.uri)).modelPath;
    return dir ? { modelDir: dir } : {};
  }

  private async request<R>(title: string, method: string, params: object): Promise<R | undefined> {
    const client = await this.client();
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_, token) =>
        client.sendRequest<R>(method, params, token),
      );
    } catch (e) {
      if ((e as { code?: unknown }).code === REQUEST_CANCELLED) return undefined;
      void vscode.window.showErrorMessage(`Prediction failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  }

  private report(text: string, confidence: number, ms: number): void {
    const line = `${text} (predicted, confidence ${(confidence * 100).toFixed(confidence < 0.01 ? 2 : 0)}%, ${ms} ms)`;
    this.output.appendLine(line);
    void vscode.window.showInformationMessage(line);
  }
}

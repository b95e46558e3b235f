/** Shows lineDecoration() after the current line of the debugged program, in every editor showing it. */
import * as vscode from 'vscode';
import { lineDecoration } from './decorationText';
import type { TrackedStop } from './panel/sessionTrack';

export class StopDecorations implements vscode.Disposable {
  private readonly predictedType = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 3em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' },
  });
  private readonly realType = vscode.window.createTextEditorDecorationType({
    after: { margin: '0 0 0 1.5em', color: new vscode.ThemeColor('errorForeground'), fontStyle: 'italic' },
  });
  private shown: { program: string; stop: TrackedStop } | null = null;
  private readonly subscription = vscode.window.onDidChangeVisibleTextEditors(() => this.render());

  show(program: string | undefined, stop: TrackedStop | null): void {
    this.shown = program && stop ? { program, stop } : null;
    this.render();
  }

  clear(): void {
    this.show(undefined, null);
  }

  dispose(): void {
    this.subscription.dispose();
    this.predictedType.dispose();
    this.realType.dispose();
  }

  private render(): void {
    const text = this.shown ? lineDecoration(this.shown.stop.predicted, this.shown.stop.real) : null;
    for (const editor of vscode.window.visibleTextEditors) {
      const here = text && this.shown && editor.document.uri.fsPath === vscode.Uri.file(this.shown.program).fsPath;
      if (!here || text.line > editor.document.lineCount) {
        editor.setDecorations(this.predictedType, []);
        editor.setDecorations(this.realType, []);
        continue;
      }
      const range = editor.document.lineAt(text.line - 1).range;
      const at = new vscode.Range(range.end, range.end);
      editor.setDecorations(this.predictedType, [{ range: at, renderOptions: { after: { contentText: text.predicted } } }]);
      editor.setDecorations(this.realType, text.real ? [{ range: at, renderOptions: { after: { contentText: text.real } } }] : []);
    }
  }
}

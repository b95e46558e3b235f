/**
 * The status bar item: the model's state (loading with elapsed time, ready, error with its
 * message) and, during a compare session, the running accuracy.
 */
import * as vscode from 'vscode';
import { COMMANDS } from './ids';
import { summarize, type ModelState } from './modelState';

export interface Accuracy {
  /** Stops whose prediction matched the real one, out of `total`. */
  correct: number;
  total: number;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('neuralDebugger.status', vscode.StatusBarAlignment.Left, 0);
  private readonly states = new Map<string, ModelState>();
  private accuracy: Accuracy | undefined;
  private ticker: NodeJS.Timeout | undefined;

  constructor() {
    this.item.name = 'Neural Debugger';
    this.item.command = COMMANDS.showPanel;
    this.render();
  }

  /** `source` names who holds the model (the debug adapter, the language server). */
  setModelState(source: string, state: ModelState): void {
    this.states.set(source, state);
    this.render();
  }

  setAccuracy(accuracy: Accuracy | undefined): void {
    this.accuracy = accuracy;
    this.render();
  }

  dispose(): void {
    clearInterval(this.ticker);
    this.item.dispose();
  }

  private render(): void {
    const model = summarize(this.states.values());
    if (!model) {
      this.item.hide();
      return;
    }
    const parts: string[] = [];
    const tooltip = new vscode.MarkdownString(undefined, true);
    switch (model.state) {
      case 'loading':
        parts.push(`$(loading~spin) Neural model loading… ${Math.round((Date.now() - model.since) / 1000)}s`);
        tooltip.appendText(`Loading the model from ${model.modelDir}`);
        break;
      case 'ready':
        parts.push('$(hubot) Neural model ready');
        tooltip.appendText(`Model ${model.modelDir} loaded in ${(model.loadMs / 1000).toFixed(1)} s`);
        break;
      case 'error':
        parts.push('$(error) Neural model error');
        tooltip.appendText(model.message);
        break;
    }
    if (this.accuracy && this.accuracy.total > 0) {
      const { correct, total } = this.accuracy;
      parts.push(`$(pass) ${Math.round((100 * correct) / total)}% (${correct}/${total})`);
      tooltip.appendText(`\n\nCompare mode: ${correct} of ${total} predicted stops matched debugpy`);
    }
    this.item.text = parts.join('  ');
    this.item.tooltip = tooltip;
    this.item.backgroundColor = model.state === 'error' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    this.item.accessibilityInformation = { label: parts.join(', ').replace(/\$\([^)]*\) ?/g, '') };
    this.item.show();
    // The elapsed time of a load ticks once a second; nothing ticks otherwise.
    if (model.state === 'loading' && !this.ticker) this.ticker = setInterval(() => this.render(), 1000);
    if (model.state !== 'loading' && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
  }
}

/**
 * The comparison panel (a webview beside the editor): predicted and real state of the active
 * neural debug session, its timeline, and travel back and forth along it.
 */
import * as vscode from 'vscode';
import { panelHtml } from './html';
import { isPanelMessage, type PanelView, type StateMessage } from './view';

export class ComparePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private view: PanelView | null = null;
  private travelling = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    /** Asked to travel to a stop of the timeline; resolves once there (or given up). */
    private readonly travel: (index: number) => Promise<void>,
  ) {}

  show(preserveFocus = false): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const panel = vscode.window.createWebviewPanel(
      'neuralDebugger.comparison',
      'Neural Debugger: Comparison',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      { enableScripts: true, localResourceRoots: [dist], retainContextWhenHidden: true },
    );
    const asset = (name: string) => panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, name)).toString();
    panel.webview.html = panelHtml({ cspSource: panel.webview.cspSource, scriptUri: asset('panel.js'), styleUri: asset('panel.css') });
    panel.webview.onDidReceiveMessage((m: unknown) => {
      if (!isPanelMessage(m)) return;
      if (m.type === 'ready') this.post();
      else void this.travelTo(m.index);
    });
    panel.onDidDispose(() => (this.panel = undefined));
    this.panel = panel;
  }

  update(view: PanelView | null): void {
    this.view = view;
    this.post();
  }

  dispose(): void {
    this.panel?.dispose();
  }

  private async travelTo(index: number): Promise<void> {
    if (this.travelling) return;
    this.travelling = true;
    this.post();
    try {
      await this.travel(index);
    } finally {
      this.travelling = false;
      this.post();
    }
  }

  private post(): void {
    const message: StateMessage = { type: 'state', view: this.view, travelling: this.travelling };
    void this.panel?.webview.postMessage(message);
  }
}

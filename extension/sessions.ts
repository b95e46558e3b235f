/**
 * Follows the neural debug sessions: feeds each one's custom events into its SessionTrack and
 * shows the active one in the panel, the editor decorations and the status bar. Also travels
 * along the timeline (stepBack / next, which the adapter answers from its history).
 */
import * as vscode from 'vscode';
import { NEURAL_STOP_EVENT, type NeuralStopEventBody } from '../adapter/protocol';
import { NEURAL_COMPARISON_EVENT, type ComparisonEventBody } from './comparisonEvent';
import type { StopDecorations } from './decorations';
import { DEBUG_TYPE } from './ids';
import type { ComparePanel } from './panel/comparePanel';
import { SessionTrack } from './panel/sessionTrack';
import type { StatusBar } from './statusBar';

/** Requests after which the adapter is busy until its next stop. */
const MOVES = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'restart']);
const TRAVEL_STEP_TIMEOUT_MS = 60_000;
/**
 * Between two steps of a travel, VS Code must be done reading the stop it was shown (stack,
 * scopes, variables): a step that starts meanwhile makes those requests fail and the Variables
 * view keeps the error. Quiet for this long on the adapter's connection counts as done.
 */
const SETTLE_QUIET_MS = 250;
const SETTLE_MAX_MS = 5_000;

export class SessionFollower implements vscode.Disposable {
  private readonly tracks = new Map<string, { session: vscode.DebugSession; track: SessionTrack }>();
  /** When each session's adapter last sent or received a message. */
  private readonly lastTraffic = new Map<string, number>();
  /** The session whose state is on display: the active one, else the last one that ran. */
  private shownId: string | undefined;
  private readonly stopped = new vscode.EventEmitter<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly panel: ComparePanel,
    private readonly decorations: StopDecorations,
    private readonly statusBar: StatusBar,
  ) {
    this.subscriptions = [
      this.stopped,
      vscode.debug.onDidStartDebugSession((s) => this.started(s)),
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => this.customEvent(e)),
      vscode.debug.onDidTerminateDebugSession((s) => this.terminated(s)),
      vscode.debug.onDidChangeActiveDebugSession((s) => {
        if (s && this.tracks.has(s.id)) this.shownId = s.id;
        this.refresh();
      }),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, {
        createDebugAdapterTracker: (session) => ({
          onWillReceiveMessage: (m: { type?: string; command?: string }) => {
            this.lastTraffic.set(session.id, Date.now());
            if (m.type === 'request' && m.command && MOVES.has(m.command)) this.running(session.id);
          },
          onDidSendMessage: () => this.lastTraffic.set(session.id, Date.now()),
          onExit: () => this.lastTraffic.delete(session.id),
        }),
      }),
    ];
  }

  /** The view of the shown session, for a panel opened now. */
  get shownTrack(): SessionTrack | undefined {
    return this.shownId ? this.tracks.get(this.shownId)?.track : undefined;
  }

  /** Travel the shown session to stop `index` of its timeline, one step back or forward at a time. */
  async travel(index: number): Promise<void> {
    const entry = this.shownId ? this.tracks.get(this.shownId) : undefined;
    if (!entry || entry.track.ended) return;
    const { session, track } = entry;
    const threads = (await session.customRequest('threads')) as { threads?: { id: number }[] };
    const threadId = threads.threads?.[0]?.id;
    if (threadId === undefined) return;
    while (track.index !== null && track.index !== index && !track.ended) {
      const before = track.index;
      const arrived = this.nextStop(session.id);
      try {
        await session.customRequest(index < before ? 'stepBack' : 'next', { threadId });
        await arrived;
        await this.settled(session.id);
      } catch (e) {
        void vscode.window.showErrorMessage(`Cannot travel to stop ${index + 1}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
      if (track.index === before) return; // the adapter did not move: do not loop
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private started(session: vscode.DebugSession): void {
    if (session.type !== DEBUG_TYPE) return;
    const mode = session.configuration.mode === 'compare' ? 'compare' : 'neural';
    this.tracks.set(session.id, { session, track: new SessionTrack(session.name, mode) });
    this.shownId = session.id;
    if (mode === 'compare') this.panel.show(true);
    this.refresh();
  }

  private customEvent(e: vscode.DebugSessionCustomEvent): void {
    const entry = this.tracks.get(e.session.id);
    if (!entry) return;
    if (e.event === NEURAL_STOP_EVENT) {
      // In compare mode the comparison event carries both sides: its neuralStop events are not shown on their own.
      if (entry.track.mode === 'neural') entry.track.onNeuralStop(e.body as NeuralStopEventBody);
    } else if (e.event === NEURAL_COMPARISON_EVENT) {
      entry.track.onComparison(e.body as ComparisonEventBody);
    } else {
      return;
    }
    this.stopped.fire(e.session.id);
    if (this.shownId === e.session.id) this.refresh();
  }

  private running(sessionId: string): void {
    this.tracks.get(sessionId)?.track.onRunning();
    if (this.shownId === sessionId) this.refresh();
  }

  private terminated(session: vscode.DebugSession): void {
    const entry = this.tracks.get(session.id);
    if (!entry) return;
    entry.track.onTerminated();
    if (this.shownId === session.id) this.refresh();
    // The panel keeps showing the ended session until another starts; its track is dropped then.
    for (const [id, other] of this.tracks) if (other.track.ended && id !== this.shownId) this.tracks.delete(id);
  }

  private async settled(sessionId: string): Promise<void> {
    const end = Date.now() + SETTLE_MAX_MS;
    while (Date.now() < end && Date.now() - (this.lastTraffic.get(sessionId) ?? 0) < SETTLE_QUIET_MS) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_QUIET_MS / 2));
    }
  }

  private nextStop(sessionId: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        reject(new Error('the debug adapter did not stop in time'));
      }, TRAVEL_STEP_TIMEOUT_MS);
      const listener = this.stopped.event((id) => {
        if (id !== sessionId) return;
        clearTimeout(timer);
        listener.dispose();
        resolve();
      });
    });
  }

  private refresh(): void {
    const entry = this.shownId ? this.tracks.get(this.shownId) : undefined;
    const track = entry?.track;
    this.panel.update(track ? track.view() : null);
    this.statusBar.setAccuracy(track?.mode === 'compare' ? (track.runningAccuracy ?? undefined) : undefined);
    const program = entry?.session.configuration.program as string | undefined;
    if (track && !track.ended) this.decorations.show(program, track.current);
    else this.decorations.clear();
  }
}

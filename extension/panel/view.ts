/**
 * What the comparison panel shows, as plain data: built in the extension host, posted to the
 * webview, rendered there. Types only besides the message guards; no `vscode` import.
 */
export type Verdict = 'match' | 'mismatch' | 'none';

export interface PanelView {
  session: string;
  mode: 'neural' | 'compare';
  status: 'starting' | 'running' | 'stopped' | 'ended';
  /** The shown stop's index in the timeline; null before the first stop. */
  current: number | null;
  timeline: TimelineItem[];
  predicted: StopView | null;
  /** Compare mode only. */
  real: StopView | null;
  /** Compare mode: each compared component (kind, line, stack, ...) of the shown stop; null: not compared. */
  components: { name: string; match: boolean | null }[] | null;
  accuracy: { withResync: Tally; withoutResync: Tally } | null;
  note: string | null;
}

export interface Tally {
  correct: number;
  total: number;
}

export interface TimelineItem {
  index: number;
  /** Short: the line number, or `end`. */
  label: string;
  /** For screen readers and tooltips: `Stop 3: line 5, prediction matched`. */
  description: string;
  verdict: Verdict;
}

export interface StopView {
  /** `line 5`, `return from f`, `exception at line 3`, `end`. */
  title: string;
  /** Innermost first, as a debugger lists them. */
  frames: FrameView[];
  value: string | null;
  exception: string | null;
  stdout: string;
  confidence: number | null;
  /** The model gave no prediction for this stop. */
  error: string | null;
}

export interface FrameView {
  name: string;
  line: number;
  /** Compared with the other side's frame at the same depth; null when not compared. */
  match: boolean | null;
  locals: VariableView[];
}

export interface VariableView {
  name: string;
  /** null: this side does not list the variable (the other side does). */
  value: string | null;
  match: boolean | null;
}

/** Webview → extension. */
export type PanelMessage = { type: 'ready' } | { type: 'travel'; index: number };

/** Extension → webview. */
export interface StateMessage {
  type: 'state';
  view: PanelView | null;
  /** A travel along the timeline is in progress. */
  travelling: boolean;
}

export function isPanelMessage(m: unknown): m is PanelMessage {
  const msg = m as { type?: unknown; index?: unknown } | null;
  return msg?.type === 'ready' || (msg?.type === 'travel' && Number.isInteger(msg.index) && (msg.index as number) >= 0);
}

/**
 * The comparison panel's script (runs in the webview, bundled to dist/panel.js): renders the
 * PanelView the extension posts, and asks it to travel when a timeline stop is chosen.
 * Builds the DOM with textContent only: values come from the model and the program.
 */
import type { FrameView, PanelMessage, PanelView, StateMessage, StopView, TimelineItem } from '../view';

declare function acquireVsCodeApi(): { postMessage(message: PanelMessage): void };

const vscode = acquireVsCodeApi();
const app = document.getElementById('app')!;
let lastView: PanelView | null = null;

window.addEventListener('message', (event: MessageEvent<StateMessage>) => {
  if (event.data?.type !== 'state') return;
  lastView = event.data.view;
  render(event.data.view, event.data.travelling);
});
vscode.postMessage({ type: 'ready' });

function render(view: PanelView | null, travelling: boolean): void {
  const focused = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
  app.replaceChildren();
  if (!view) {
    app.append(el('p', { class: 'empty' }, 'Start a neural debug session (F5 on a Python file) or a comparison with debugpy.'));
    return;
  }
  app.setAttribute('aria-busy', String(travelling || view.status === 'running'));
  app.append(header(view), timeline(view, travelling));
  const columns = el('div', { class: `columns ${view.real || view.mode === 'compare' ? 'two' : 'one'}` });
  columns.append(side('Predicted', 'predicted', view.predicted));
  if (view.mode === 'compare') columns.append(side('Real (debugpy)', 'real', view.real));
  app.append(columns);
  if (focused) (app.querySelector(`[data-focus-key="${focused}"]`) as HTMLElement | null)?.focus();
}

function header(view: PanelView): HTMLElement {
  const h = el('header', { class: 'header' });
  h.append(el('h1', {}, view.session));
  h.append(el('span', { class: 'badge' }, view.mode === 'compare' ? 'compare with debugpy' : 'neural only'));
  h.append(el('span', { class: `status status-${view.status}` }, statusText(view.status)));
  if (view.accuracy) {
    const acc = el('p', { class: 'accuracy', 'aria-label': 'Running accuracy' });
    acc.append(el('strong', {}, `Accuracy ${percent(view.accuracy.withResync)}`), ` · without resync ${percent(view.accuracy.withoutResync)}`);
    h.append(acc);
  }
  if (view.components) {
    const list = el('ul', { class: 'components', 'aria-label': 'Verdict per component at this stop' });
    for (const c of view.components) {
      if (c.match === null) continue;
      list.append(el('li', { class: c.match ? 'match' : 'mismatch' }, `${c.name} ${mark(c.match)}`));
    }
    h.append(list);
  }
  if (view.note) h.append(el('p', { class: 'note' }, view.note));
  return h;
}

/** The stops as buttons; arrow keys move along them (one tab stop), Enter/Space travels. */
function timeline(view: PanelView, travelling: boolean): HTMLElement {
  const section = el('section', { class: 'timeline', 'aria-labelledby': 'timeline-title' });
  section.append(el('h2', { id: 'timeline-title' }, `Timeline (${view.timeline.length} ${view.timeline.length === 1 ? 'stop' : 'stops'})`));
  const list = el('ol', { role: 'list', 'aria-label': 'Stops, oldest first' });
  const focusIndex = view.current ?? view.timeline.length - 1;
  for (const item of view.timeline) list.append(stopButton(item, item.index === view.current, item.index === focusIndex, travelling));
  list.addEventListener('keydown', (e) => moveFocus(e, list));
  section.append(list);
  return section;
}

function stopButton(item: TimelineItem, current: boolean, tabbable: boolean, travelling: boolean): HTMLElement {
  const li = el('li', {});
  const verdictMark = item.verdict === 'match' ? ' ✓' : item.verdict === 'mismatch' ? ' ✗' : '';
  const button = el('button', {
    type: 'button',
    class: `stop ${item.verdict}${current ? ' current' : ''}`,
    'aria-label': item.description + (current ? ' (shown)' : ''),
    title: item.description,
    tabindex: tabbable ? '0' : '-1',
    'data-focus-key': `stop-${item.index}`,
    'data-index': String(item.index),
  }, item.label + verdictMark);
  if (current) button.setAttribute('aria-current', 'step');
  if (travelling) button.setAttribute('aria-disabled', 'true');
  button.addEventListener('click', () => {
    if (!current && !travelling && lastView?.status !== 'running') vscode.postMessage({ type: 'travel', index: item.index });
  });
  li.append(button);
  return li;
}

function moveFocus(e: KeyboardEvent, list: HTMLElement): void {
  const buttons = Array.from(list.querySelectorAll<HTMLButtonElement>('button.stop'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const to = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? at + 1
    : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? at - 1
    : e.key === 'Home' ? 0 : e.key === 'End' ? buttons.length - 1 : null;
  if (to === null || !buttons[to]) return;
  e.preventDefault();
  buttons[at]!.tabIndex = -1;
  buttons[to].tabIndex = 0;
  buttons[to].focus();
}

function side(title: string, cls: string, stop: StopView | null): HTMLElement {
  const section = el('section', { class: `side ${cls}`, 'aria-label': title });
  const h = el('h2', {}, title);
  section.append(h);
  if (!stop) {
    section.append(el('p', { class: 'empty' }, 'No stop yet.'));
    return section;
  }
  const summary = el('p', { class: 'stop-title' }, stop.title);
  if (stop.confidence !== null) summary.append(el('span', { class: 'confidence' }, ` confidence ${(stop.confidence * 100).toFixed(stop.confidence < 0.01 ? 2 : 0)}%`));
  section.append(summary);
  if (stop.error) section.append(el('p', { class: 'error', role: 'alert' }, stop.error));
  if (stop.value !== null) section.append(field('Return value', stop.value));
  if (stop.exception !== null) section.append(field('Exception', stop.exception));
  if (stop.stdout) section.append(field('Output', stop.stdout));
  section.append(stackTable(stop.frames));
  for (const frame of stop.frames) section.append(localsTable(frame));
  return section;
}

function stackTable(frames: FrameView[]): HTMLElement {
  const table = el('table', { class: 'stack' });
  table.append(el('caption', {}, 'Call stack'));
  table.append(row('th', ['Function', 'Line', '']));
  for (const f of frames) table.append(markedRow([f.name, String(f.line)], f.match));
  return table;
}

function localsTable(frame: FrameView): HTMLElement {
  const table = el('table', { class: 'locals' });
  table.append(el('caption', {}, `Locals of ${frame.name}`));
  if (frame.locals.length === 0) {
    table.append(row('td', ['(none)', '', '']));
    return table;
  }
  table.append(row('th', ['Name', 'Value', '']));
  for (const v of frame.locals) table.append(markedRow([v.name, v.value ?? '(missing)'], v.match, v.value === null));
  return table;
}

function markedRow(cells: string[], match: boolean | null, missing = false): HTMLElement {
  const tr = row('td', [...cells, mark(match)]);
  if (match !== null) tr.classList.add(match ? 'match' : 'mismatch');
  if (missing) tr.classList.add('missing');
  const markCell = tr.lastElementChild as HTMLElement;
  markCell.classList.add('mark');
  if (match !== null) markCell.setAttribute('aria-label', match ? 'matches' : 'differs');
  return tr;
}

function row(cell: 'td' | 'th', texts: string[]): HTMLElement {
  const tr = el('tr', {});
  for (const t of texts) tr.append(el(cell, cell === 'th' ? { scope: 'col' } : {}, t));
  return tr;
}

function field(label: string, value: string): HTMLElement {
  const p = el('p', { class: 'field' });
  p.append(el('span', { class: 'label' }, `${label}: `), el('code', {}, value));
  return p;
}

function mark(match: boolean | null): string {
  return match === null ? '' : match ? '✓' : '✗';
}

function percent(t: { correct: number; total: number }): string {
  return t.total === 0 ? '–' : `${Math.round((100 * t.correct) / t.total)}% (${t.correct}/${t.total})`;
}

function statusText(status: PanelView['status']): string {
  return { starting: 'starting…', running: 'predicting…', stopped: 'paused', ended: 'ended' }[status];
}

function el(tag: string, attrs: Record<string, string>, text?: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

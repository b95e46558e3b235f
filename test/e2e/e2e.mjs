// Drives a real VS Code (code-server) in Debian's chromium with the packaged extension
// installed: a neural session started with F5 (no launch.json), then a compare session from a
// launch configuration. The assertions hold for any model: they check structure and that the
// views agree with each other (call stack, Variables, panel, decorations), never predicted values.
// Env: CS_URL, RUN_DIR, WS_DIR, OUT_DIR (set by test/e2e/run.sh).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';

const { CS_URL, RUN_DIR, WS_DIR, OUT_DIR } = process.env;
const PROGRAM = 'classroom.py';
const STEP_TIMEOUT = 120_000; // a step on a loaded 2-core machine with the shipped model
const t0 = Date.now();
let passed = 0;

const log = (m) => console.log(`[e2e] t+${((Date.now() - t0) / 1000).toFixed(1)}s ${m}`);
function check(ok, what, detail = '') {
  if (!ok) throw new Error(`check failed: ${what}${detail ? `\n  ${detail}` : ''}`);
  passed++;
  log(`ok - ${what}`);
}

/** The newest extension host log says the extensions are up: F5 before that is dropped. */
async function waitExtensionHost(ms) {
  const logs = path.join(RUN_DIR, 'ud', 'logs');
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const files = [];
    for (const d of fs.existsSync(logs) ? fs.readdirSync(logs) : []) {
      for (const e of fs.readdirSync(path.join(logs, d))) {
        const f = path.join(logs, d, e, 'remoteexthost.log');
        if (e.startsWith('exthost') && fs.existsSync(f)) files.push(f);
      }
    }
    files.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
    if (files[0] && fs.readFileSync(files[0], 'utf8').includes('Eager extensions activated')) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the extension host did not start within ${ms} ms`);
}

async function until(what, fn, ms = STEP_TIMEOUT) {
  const end = Date.now() + ms;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

async function main() {
  const ctx = await chromium.launchPersistentContext(path.join(RUN_DIR, 'chrome-ud'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport: { width: 1600, height: 1200 },
    timeout: 60_000,
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  page.setDefaultTimeout(60_000);
  globalThis.page = page;
  const ui = new Workbench(page);
  try {
    await page.goto(`${CS_URL}/?folder=${WS_DIR}`);
    await page.waitForSelector('.monaco-workbench');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: PROGRAM }).click();
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
    await waitExtensionHost(90_000);
    log('workbench up, extension host ready');
    await neuralSession(ui);
    await compareSession(ui);
    await ctx.close();
  } catch (e) {
    await page.screenshot({ path: path.join(OUT_DIR, 'failure.png') }).catch(() => {});
    await ctx.close().catch(() => {});
    throw e;
  }
  console.log(`${passed} passed, 0 failed`);
}

/** F5 on the open Python file without a launch.json: neural mode. */
async function neuralSession(ui) {
  await ui.codeLensShown('Predict output…');
  check(true, 'the language server puts "Predict output…" code lenses on the top-level functions');
  let note = await ui.predictFromCodeLens('Predict output…', 'average([1, 2])');
  check(/^average\(\[1, 2\]\) (returns .+|raises .+|has no predicted result) \(predicted, confidence [\d.<]+%, \d+ ms\)$/.test(note),
    `the "Predict output…" code lens asks for a call and reports the predicted result: ${note}`, note);
  note = await ui.predictFromCodeLens('Predict input…', '1.5');
  check(/^(average\(.*\) should return 1\.5|the model left a parameter of average out) \(predicted, confidence [\d.<]+%, \d+ ms\)$/.test(note),
    `the "Predict input…" code lens asks for a value and reports a predicted call: ${note}`, note);
  await ui.focusEditor();
  await ui.page.keyboard.press('F5');
  await ui.pickDebuggerIfAsked();
  const first = await ui.waitStack();
  const state = await ui.page.locator('.call-stack-state-message').innerText();
  check(/Entry at line \d+/.test(state), `F5 without a launch.json starts a neural session stopped on entry, line ${first.line}`, state);
  await ui.runCommand('Neural Debugger: Show Comparison Panel');
  let panel = await ui.panelState((p) => p.stops === 1);
  check(panel.columns.join() === 'Predicted', 'neural mode: the panel shows the predicted column only', panel.columns.join());
  check(panel.predictedLine === first.line, 'the panel and the call stack show the same line', `${panel.predictedLine} vs ${first.line}`);
  check(/Neural model ready/.test(await ui.statusBarText()), 'the status bar says the model is ready');

  const lines = [first.line];
  for (let i = 1; i <= 3; i++) {
    await ui.focusEditor();
    await ui.page.keyboard.press('F10');
    panel = await ui.panelState((p) => p.stops === i + 1 && p.status === 'paused');
    check(panel.current === i, `step over ${i}: the panel's timeline has ${i + 1} stops, the last one shown`, JSON.stringify(panel));
    await ui.waitStack(panel.predictedLine);
    check(true, `step over ${i}: the Call Stack shows the panel's predicted line ${panel.predictedLine}`);
    lines.push(panel.predictedLine);
  }
  await ui.variablesScopes((names) => names.includes('Locals'));
  check(true, 'the Variables view shows the Locals scope');
  const decoration = await ui.decorationTexts();
  check(decoration.some((t) => t.startsWith('predicted:')), 'the editor shows the predicted values after the current line', decoration.join(' | '));

  await ui.page.locator('.debug-toolbar .action-label[aria-label^="Step Back"]').click();
  panel = await ui.panelState((p) => p.current === 2 && p.status === 'paused');
  check(panel.stops === 4 && panel.predictedLine === lines[2], `step back returns to the previous stop (line ${lines[2]}); the timeline keeps its 4 stops`, JSON.stringify(panel));
  await ui.waitStack(lines[2]);
  check(true, `after the step back the Call Stack shows line ${lines[2]}`);

  await ui.clickTimelineStop(0);
  panel = await ui.panelState((p) => p.current === 0 && p.status === 'paused');
  await ui.waitStack(lines[0]);
  check(panel.predictedLine === lines[0], `clicking the first stop of the timeline travels back to it (line ${lines[0]}, in the panel and the Call Stack)`, JSON.stringify(panel));
  const keyboard = await ui.timelineByKeyboard(['ArrowRight', 'ArrowRight', 'Enter']);
  check(keyboard.labelled && keyboard.focused === '2', 'the timeline is keyboard accessible: its stops are labelled, arrow keys move between them',
    JSON.stringify(keyboard));
  panel = await ui.panelState((p) => p.current === 2 && p.status === 'paused');
  await ui.waitStack(lines[2]);
  check(true, `Enter on a stop travels to it (line ${lines[2]})`);
  const csp = await ui.panelCsp();
  check(/default-src 'none'/.test(csp) && /script-src 'nonce-[^' ]+';/.test(csp) && !/unsafe-|\*/.test(csp.replace(/https?:\/\/\*\.[^ ;]+/g, '')),
    'the panel has a strict content security policy (nothing by default, scripts by nonce only)', csp);
  const variables = await ui.variablesText();
  check(!/stale|not available|internal error/i.test(variables), 'after the travel the Variables view shows the stop, not an error', variables);
  await ui.page.screenshot({ path: path.join(OUT_DIR, 'neural.png') });

  await ui.focusEditor();
  await ui.page.keyboard.press('Shift+F5');
  await until('the session to end', async () => !(await ui.debugging()));
  panel = await ui.panelState((p) => p.status === 'ended');
  check(true, 'Shift+F5 stops the session; the panel shows it ended');
}

/** A launch configuration in compare mode, chosen in the launch picker and started with F5. */
async function compareSession(ui) {
  const name = 'Compare with debugpy';
  fs.mkdirSync(path.join(WS_DIR, '.vscode'), { recursive: true });
  fs.writeFileSync(path.join(WS_DIR, '.vscode', 'launch.json'), JSON.stringify({
    version: '0.2.0',
    configurations: [{ type: 'neural-python', request: 'launch', name, program: '${workspaceFolder}/' + PROGRAM, mode: 'compare', stopOnEntry: true }],
  }, null, 2));
  await ui.startConfiguration(name);
  let panel = await ui.panelState((p) => p.mode === 'compare with debugpy' && p.stops === 1 && p.status === 'paused', STEP_TIMEOUT);
  check(panel.columns.join() === 'Predicted,Real', 'compare mode: the panel shows the predicted and the real column', panel.columns.join());
  let shown = await ui.waitStack(panel.realLine);
  check(true, `the Call Stack shows debugpy's first stop, line ${panel.realLine}, as the panel's real column does`);
  const realLines = [panel.realLine];
  for (let i = 1; i <= 3; i++) {
    await ui.focusEditor();
    await ui.page.keyboard.press('F10');
    panel = await ui.panelState((p) => p.stops === i + 1 && p.status === 'paused');
    shown = await ui.waitStack(panel.realLine);
    check(panel.current === i, `step over ${i}: the timeline has ${i + 1} stops; the Call Stack shows the real line ${shown.line}`, JSON.stringify(panel));
    realLines.push(panel.realLine);
  }
  check(/^[✓✗]{4}$/.test(panel.verdicts), `every stop of the timeline has a verdict (${panel.verdicts})`, JSON.stringify(panel));
  const matched = [...panel.verdicts].filter((v) => v === '✓').length;
  check(panel.accuracy?.includes(`(${matched}/4)`), `the running accuracy counts the timeline's ✓ (${panel.accuracy})`, JSON.stringify(panel));
  const state = await ui.page.locator('.call-stack-state-message').innerText();
  const currentVerdict = panel.verdicts[panel.current];
  check(state.startsWith(currentVerdict), `the Call Stack's stop description has the panel's verdict ${currentVerdict}`, state);

  const decoration = await ui.decorationTexts();
  const realText = decoration.find((t) => t.startsWith('real:'));
  if (panel.components.includes('line ✗')) {
    check(realText?.startsWith(`real: line ${panel.realLine}`), 'the line was mispredicted: the real line is shown after the predicted values', decoration.join(' | '));
  } else if (!panel.components.includes('✗')) {
    check(realText === undefined, 'everything matched: no real values beside the predicted ones', decoration.join(' | '));
  }
  const { predicted, locals } = await ui.predictedAndLocals();
  const marked = predicted.filter((v) => !v.name.startsWith('('));
  check(predicted.length > 0 && predicted.every((v) => /[✓✗]/.test(v.value)), `the Predicted scope lists the prediction with ✓/✗ marks (${predicted.length} rows)`,
    JSON.stringify(predicted));
  for (const v of marked) {
    // `value ✓`, or `value ✗ (real: other)` (`not defined` when Locals lacks it).
    const [, value, mark, namedReal] = /^(.*) ([✓✗])(?: \(real: (.*)\))?$/.exec(v.value) ?? [];
    const shown = locals.get(v.name);
    const expected = mark === '✓' ? value : namedReal;
    const agrees = expected === 'not defined' ? shown === undefined : shown !== undefined && sameValue(expected, shown);
    check(mark !== undefined && agrees, `Predicted ${v.name} = ${value} ${mark}${mark === '✗' ? ` (real: ${namedReal})` : ''} agrees with Locals' ${shown ?? 'nothing'}`, v.value);
  }
  await ui.page.screenshot({ path: path.join(OUT_DIR, 'compare.png') });

  await ui.page.locator('.debug-toolbar .action-label[aria-label^="Step Back"]').click();
  panel = await ui.panelState((p) => p.current === 2 && p.status === 'paused');
  await ui.waitStack(realLines[2]);
  check(panel.stops === 4 && panel.realLine === realLines[2], `step back returns to the previous stop (real line ${realLines[2]})`, JSON.stringify(panel));

  await ui.focusEditor();
  await ui.page.keyboard.press('Shift+F5');
  await until('the compare session to end', async () => !(await ui.debugging()));
  await ui.panelState((p) => p.status === 'ended');
  check(true, 'Shift+F5 stops the compare session (debugpy included: run.sh fails on any process left)');
}

/**
 * Whether a canonical value (what compare mode compares) is the value debugpy shows in Locals:
 * the same text, or an object debugpy shows as `<...>`, or a canonical value cut at 100
 * characters (`...`) that starts the shown one.
 */
function sameValue(canonical, shown) {
  if (canonical === shown || shown.startsWith('<')) return true;
  return canonical.endsWith('...') && shown.startsWith(canonical.slice(0, -3));
}

class Workbench {
  constructor(page) {
    this.page = page;
  }

  /** Clicking the program's tab focuses its editor (keys then go to the workbench, not a webview). */
  async focusEditor() {
    await this.page.locator('.tabs-container .tab', { hasText: PROGRAM }).first().click();
  }

  /**
   * Runs a command from the palette. Right after a debug session starts, VS Code may move focus
   * (the Run and Debug view opens) and close the palette under us ("element is inert", then "not
   * visible"): then the palette is opened again, a few times, before giving up.
   */
  async runCommand(title) {
    await until(`the command palette to run "${title}"`, async () => {
      await this.focusEditor();
      await this.page.keyboard.press('F1');
      const input = this.page.locator('.quick-input-widget input');
      try {
        await input.fill(`>${title}`, { timeout: 5000 });
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
        await row.click({ timeout: 5000 });
        return true;
      } catch (e) {
        await this.page.keyboard.press('Escape');
        throw e;
      }
    });
  }

  /** Clicks a code lens of the program's first function, types `text` into the input box, returns the notification. */
  async predictFromCodeLens(lens, text) {
    await this.page.locator('.codelens-decoration a', { hasText: lens }).first().click();
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(text);
    await input.press('Enter');
    const toast = this.page.locator('.notifications-toasts .notification-list-item-message', { hasText: '(predicted, confidence' }).last();
    await toast.waitFor({ timeout: STEP_TIMEOUT });
    const message = (await toast.innerText()).trim();
    await this.page.keyboard.press('Escape');
    await this.page.locator('.notifications-toasts .notification-list-item-message', { hasText: message }).waitFor({ state: 'detached' }).catch(() => {});
    return message;
  }

  /** Selects a launch configuration in the Run and Debug view's picker and starts it with F5. */
  async startConfiguration(name) {
    await this.page.locator('.start-debug-action-item-label', { hasText: name }).or(
      this.page.locator('.debug-action.start-debug-action-item select')).first().waitFor();
    const label = await this.page.locator('.start-debug-action-item-label').innerText().catch(() => '');
    if (!label.includes(name.slice(0, 7))) throw new Error(`the launch picker shows ${label}, not ${name}`);
    await this.focusEditor();
    await this.page.keyboard.press('F5');
  }

  /**
   * Expands the Predicted scope and reads it and Locals: [{name, value}] and a Map name -> value.
   * Rows are read in list order (data-index), as the view shows them.
   */
  async predictedAndLocals() {
    const rows = this.page.locator('.debug-variables .monaco-list-row');
    const scope = rows.filter({ has: this.page.locator('.scope', { hasText: /^Predicted$/ }) });
    return until('the Locals and Predicted scopes to be listed', async () => {
      // VS Code refills the view after a stop: expand (again) until the rows are there.
      if ((await scope.getAttribute('aria-expanded', { timeout: 2000 })) === 'false') await scope.click({ timeout: 2000 });
      const all = await rows.evaluateAll((els) => els
        .map((r) => ({
          index: Number(r.dataset.index),
          scope: r.querySelector('.scope')?.textContent?.trim() ?? null,
          name: (r.querySelector('.name')?.textContent ?? '').replace(/\s*=\s*$/, '').trim(), // VS Code shows `name =`
          value: r.querySelector('.value')?.textContent?.trim() ?? '',
        }))
        .sort((a, b) => a.index - b.index));
      const section = (title) => {
        const start = all.findIndex((r) => r.scope === title);
        if (start < 0) return null;
        const end = all.findIndex((r, i) => i > start && r.scope !== null);
        return all.slice(start + 1, end < 0 ? undefined : end);
      };
      const predicted = section('Predicted');
      const locals = section('Locals');
      if (!predicted || !locals || predicted.length === 0) return null;
      return { predicted, locals: new Map(locals.map((v) => [v.name, v.value])) };
    }, 30_000);
  }

  /** VS Code may ask which debugger to use for a Python file when several are installed. */
  async pickDebuggerIfAsked() {
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Neural Debugger for Python' }).first();
    if (await row.waitFor({ timeout: 3000 }).then(() => true, () => false)) await row.click();
  }

  async debugging() {
    return this.page.locator('.debug-toolbar').isVisible();
  }

  /**
   * Reads the Call Stack view until its top frame is in the program (at `line` when given):
   * the panel hears of a stop just before VS Code asks for the stack.
   */
  async waitStack(line) {
    return until(`the Call Stack view at ${PROGRAM}${line === undefined ? '' : ` line ${line}`}`, async () => {
      const stackText = (await this.page.locator('.debug-call-stack').innerText()).replace(/\s+/g, ' ');
      const m = new RegExp(`${PROGRAM.replace('.', '\\.')} (\\d+):\\d+`).exec(stackText);
      const top = m ? Number(m[1]) : null;
      return top !== null && (line === undefined || top === line) ? { stackText, line: top } : null;
    }, STEP_TIMEOUT); // the first stop waits for the model to load
  }

  /** The scope names in the Variables view, once `ok(names)` (VS Code refills the view after each stop). */
  async variablesScopes(ok) {
    return until('the Variables view scopes', async () => {
      const names = (await this.page.locator('.debug-variables .monaco-list-row .scope').allInnerTexts()).map((t) => t.trim());
      return ok(names) ? names : null;
    }, 30_000);
  }

  /** The Variables view's text once VS Code has refilled it (a moment without change). */
  async variablesText() {
    let previous = null;
    return until('the Variables view to settle', async () => {
      await new Promise((r) => setTimeout(r, 500));
      const text = (await this.page.locator('.debug-variables').innerText()).replace(/\s+/g, ' ');
      const same = text === previous;
      previous = text;
      return same ? text : null;
    }, 30_000);
  }

  async statusBarText() {
    return until('the Neural Debugger status bar item', async () => {
      const t = (await this.page.locator('.statusbar-item', { hasText: 'Neural model' }).allInnerTexts()).join(' ');
      return /ready|error/.test(t) ? t : null;
    });
  }

  async codeLensShown(text) {
    await this.page.locator('.monaco-editor .codelens-decoration', { hasText: text }).first().waitFor({ timeout: 120_000 });
  }

  /** The after-text of inline decorations (CSS ::after content) in the editor. */
  async decorationTexts() {
    return this.page.locator('.editor-instance .view-lines').first().evaluate((root) => {
      const out = [];
      for (const span of root.querySelectorAll('span')) {
        const c = getComputedStyle(span, '::after').content;
        if (c && c !== 'none' && c !== 'normal') out.push(c.replace(/^"|"$/g, ''));
      }
      return out;
    });
  }

  panelFrame() {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }

  /** Reads the comparison panel; waits until `ok(state)`. */
  async panelState(ok, ms = STEP_TIMEOUT) {
    const frame = this.panelFrame();
    return until('the comparison panel state', async () => {
      const app = frame.locator('#app');
      const state = await app.evaluate((root) => {
        const q = (s) => root.querySelector(s);
        const lineOf = (t) => (/line (\d+)/.test(t) ? Number(/line (\d+)/.exec(t)[1]) : null);
        const buttons = [...root.querySelectorAll('button.stop')];
        const title = q('.side.predicted .stop-title')?.firstChild?.textContent ?? '';
        return {
          stops: buttons.length,
          current: buttons.findIndex((b) => b.getAttribute('aria-current') === 'step'),
          status: q('.status')?.textContent?.trim() ?? '',
          mode: q('.badge')?.textContent ?? '',
          columns: [...root.querySelectorAll('.side h2')].map((h) => h.textContent.replace(/ \(.*\)$/, '')),
          predictedLine: /line (\d+)/.test(title) ? Number(/line (\d+)/.exec(title)[1]) : null,
          realLine: lineOf(q('.side.real .stop-title')?.textContent ?? ''),
          verdicts: buttons.map((b) => (b.classList.contains('match') ? '✓' : b.classList.contains('mismatch') ? '✗' : '·')).join(''),
          accuracy: q('.accuracy')?.textContent ?? null,
          components: [...root.querySelectorAll('.components li')].map((li) => li.textContent).join(' '),
          text: root.innerText.slice(0, 400),
        };
      });
      return ok(state) ? state : null;
    }, ms);
  }

  /** Focuses the shown stop of the timeline, presses `keys`; returns which stop has focus and whether the stops are labelled. */
  async timelineByKeyboard(keys) {
    const frame = this.panelFrame();
    await frame.locator('button.stop[aria-current="step"]').click(); // a click on the shown stop only focuses it
    const focused = () => frame.locator('#app').evaluate(() => document.activeElement?.getAttribute('data-index') ?? null);
    let last = null;
    for (const key of keys) {
      last = await focused();
      await this.page.keyboard.press(key);
    }
    const labelled = await frame.locator('#app').evaluate((root) => {
      const list = root.querySelector('.timeline ol');
      return !!list?.getAttribute('aria-label') && [...root.querySelectorAll('button.stop')].every((b) => /^Stop \d+: /.test(b.getAttribute('aria-label') ?? ''));
    });
    return { focused: last, labelled };
  }

  async panelCsp() {
    return this.panelFrame().locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  }

  async clickTimelineStop(index) {
    await this.panelFrame().locator(`button.stop[data-index="${index}"]`).click();
  }
}

main().catch((e) => {
  console.error(`[e2e] FAILED: ${e.stack ?? e}`);
  console.log(`${passed} passed, 1 failed`);
  process.exit(1);
});

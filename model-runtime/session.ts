/**
 * A neural debugging session: the predicted stops of one program, stepped by actions.
 *
 * History policy (docs/trace-format.md, "Windows"): stops are appended to the current
 * window; before a step, when fewer than `reserveTokens` + 1 tokens are left, or after a
 * change that the window's text does not reflect (settings, an edited variable, undoing into
 * an earlier window, a stop outside the shown source lines), a new window starts: header +
 * the current stop in full as the snapshot. If a stop still overflows the context while
 * being generated, it is regenerated in a new window, and if need be in one whose header
 * shows fewer source lines so that the longest stop fits.
 */
import { parseStop, renderStop, toStopState, type CodecStop, type FrameView, FormatError } from './codec.js';
import { ContextFull } from './decoder.js';
import type { DecodedStop } from './decoder.js';
import type { Engine } from './engine.js';
import { RuntimeError, throwIfAborted } from './errors.js';
import { ACTION_TOKENS } from './format.js';
import { GrammarTables, StopGrammar, toByteString, type KnownEntry } from './grammar.js';
import type { HeaderSpec } from './header.js';
import { ContextWindow } from './context-window.js';
import type { ProgramInfo } from './program.js';
import { headerIds } from './prompt-header.js';
import { entryFocus, inView, type Focus } from './source-window.js';
import type { Action, ExceptionFilter, StopState } from './stop.js';
import { isWellFormedValue } from './value-syntax.js';

export interface ProgramSpec {
  source: string;
  /** Function mode: the entry call, e.g. `f([3, 1])`. Script mode when left out. */
  call?: string;
  breakpoints?: readonly number[];
  exceptionFilters?: readonly ExceptionFilter[];
}

export interface PredictedStop {
  stop: StopState;
  /** `predicted` by the model after `action`; `given` (a known starting state); `edited` by setVariable. */
  origin: 'predicted' | 'given' | 'edited';
  action: Action | null;
  /** Product of the probabilities of the tokens the model chose for this stop (1 if not predicted). */
  confidence: number;
  /** The least probable token the model chose. */
  minTokenProb: number;
  /** Tokens generated (forced ones included) and model calls made. */
  tokens: number;
  forcedTokens: number;
  modelRuns: number;
  ms: number;
  /** The stop as the model wrote it (a diff against the previous stop). */
  text: string;
  /** Whether this step began a new window (header + snapshot): the costlier kind of step. */
  openedWindow: boolean;
}

export interface StepOptions {
  /** New breakpoint lines (they live in the header: a change starts a new window). */
  breakpoints?: readonly number[];
  exceptionFilters?: readonly ExceptionFilter[];
  signal?: AbortSignal;
}

interface Entry {
  predicted: PredictedStop;
  frames: FrameView[];
  /** The window this stop is in, and the window's length up to its <|eos|>. */
  epoch: number;
  end: number;
}

export class PredictorSession {
  private readonly history: Entry[] = [];
  private readonly window: ContextWindow;
  private readonly tables: GrammarTables;
  private spec: HeaderSpec;
  private shown: ReadonlySet<number> | undefined;
  private stale = true;
  private nextKey = 0;
  private running = false;

  /** Use Predictor.open / openAt. */
  constructor(
    private readonly engine: Engine,
    private readonly program: ProgramInfo,
    spec: ProgramSpec,
  ) {
    this.spec = { source: spec.source, call: spec.call, breakpoints: spec.breakpoints, exceptionFilters: spec.exceptionFilters };
    this.window = new ContextWindow(engine.model, engine.model.newCache(), engine.prefixes);
    this.tables = new GrammarTables(program);
  }

  /** The stop the session is at. */
  get current(): PredictedStop {
    return this.history[this.history.length - 1]!.predicted;
  }

  /** Every stop of the session's own history, oldest first. */
  get stops(): PredictedStop[] {
    return this.history.map((e) => e.predicted);
  }

  get canGoBack(): boolean {
    return this.history.length > 1;
  }

  /** Predict the first stop from the header alone (`<|into|>`): the program is never run. */
  async start(signal?: AbortSignal): Promise<PredictedStop> {
    return this.exclusive(async () => {
      const header = this.header(this.entryFocus());
      await this.window.open(header.ids, []);
      this.stale = false;
      const t0 = performance.now();
      const decoded = await this.decode('step_into', [], signal, false);
      return this.record('step_into', decoded, [], t0, true);
    });
  }

  /** Begin at a known stop (e.g. the exit, for input prediction); nothing is predicted. */
  startAt(stop: StopState): PredictedStop {
    const frames = stop.stack.map((f) => ({ name: f.name, line: f.line, key: this.nextKey++, locals: { ...f.locals } }));
    const predicted = given(stop, 'given', renderStop(codecOf(stop, frames), []).join(''));
    this.history.push({ predicted, frames, epoch: -1, end: 0 });
    this.stale = true;
    return predicted;
  }

  async step(action: Action, options: StepOptions = {}): Promise<PredictedStop> {
    return this.exclusive(async () => {
      throwIfAborted(options.signal);
      if (options.breakpoints !== undefined || options.exceptionFilters !== undefined) {
        this.setBreakpoints(options.breakpoints ?? this.spec.breakpoints ?? [], options.exceptionFilters);
      }
      const cur = this.history[this.history.length - 1]!;
      const t0 = performance.now();
      const epoch = this.window.epoch;
      const room = this.window.capacity - this.window.length;
      if (this.stale || cur.epoch !== this.window.epoch || room < 1 + this.engine.settings.reserveTokens ||
        !inView(this.shown, focusOf(cur.frames))) {
        await this.openWindow(cur);
      }
      const decoded = await this.decode(action, cur.frames, options.signal, true);
      return this.record(action, decoded, cur.frames, t0, this.window.epoch !== epoch);
    });
  }

  /** Undo the last step: back to the previous stop of this session's history, exactly (no model call). */
  back(): PredictedStop {
    if (this.running) throw new Error('a step is running');
    if (this.history.length > 1) {
      this.history.pop();
      const cur = this.history[this.history.length - 1]!;
      if (!this.stale && cur.epoch === this.window.epoch) this.window.rewind(cur.end);
      else this.stale = true;
    }
    return this.current;
  }

  /**
   * Give a variable of the current stop a new value (a canonical value string, e.g. `[1, 2]`);
   * later predictions see it: the next step starts a window whose snapshot holds the edit.
   * `frameIndex` counts from the outermost frame (0), like StopState.stack.
   */
  setVariable(frameIndex: number, name: string, value: string): PredictedStop {
    if (this.running) throw new Error('a step is running');
    const cur = this.history[this.history.length - 1]!;
    const frame = cur.frames[frameIndex];
    if (!frame) throw new RangeError(`no frame ${frameIndex}: the stop has ${cur.frames.length}`);
    if (!/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) throw new Error(`not a variable name: ${JSON.stringify(name)}`);
    if (!isWellFormedValue(value)) throw new Error(`not a well-formed value: ${JSON.stringify(value)}`);
    const frames = cur.frames.map((f, i) => (i === frameIndex ? { ...f, locals: { ...f.locals, [name]: value } } : f));
    const stop = codecOf(cur.predicted.stop, frames);
    const predicted = given(toStopState(stop), 'edited', renderStop(stop, []).join(''));
    this.history[this.history.length - 1] = { predicted, frames, epoch: -1, end: 0 };
    this.stale = true;
    return predicted;
  }

  /** Change breakpoints / exception filters (part of the header: the next step opens a new window). */
  setBreakpoints(breakpoints: readonly number[], exceptionFilters?: readonly ExceptionFilter[]): void {
    const next = { ...this.spec, breakpoints, exceptionFilters: exceptionFilters ?? this.spec.exceptionFilters };
    const key = (s: HeaderSpec): string =>
      JSON.stringify([[...(s.breakpoints ?? [])].sort((a, b) => a - b), [...(s.exceptionFilters ?? [])].sort()]);
    if (key(next) !== key(this.spec)) this.stale = true;
    this.spec = next;
  }

  /** The prompt as the model sees it now (header, snapshot, steps), for debugging and tests. */
  windowText(): string {
    return this.engine.tokenizer.decode(this.window.allIds());
  }

  // ---------------------------------------------------------------------------- internals
  private async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    if (this.running) throw new Error('a step is already running in this session');
    this.running = true;
    try {
      return await fn();
    } finally {
      this.running = false;
    }
  }

  private header(focus: Focus, budget = this.engine.maxHeader) {
    const header = headerIds(this.engine.tokenizer, this.spec, this.program, focus, budget);
    this.shown = header.shown;
    return header;
  }

  private entryFocus(): Focus {
    return entryFocus(this.program, this.spec.call);
  }

  /** The first stop's stack as the source fixes it (ProgramInfo.entryStack). */
  private entryStack(): { name: string; line: number }[] | undefined {
    return this.program.entryStack(this.spec.call);
  }

  /** What the source fixes of this step's stop (see StopGrammar), if it is the entry stop. */
  private knownEntry(action: Action, old: readonly FrameView[]): KnownEntry | undefined {
    const atEntry =
      old.length === 0 &&
      (action === 'step_into' ? this.history.length === 0 : action === 'back_to_call' && this.spec.call !== undefined);
    const stack = atEntry ? this.entryStack() : undefined;
    if (!stack) return undefined;
    const names = this.program.entryLocals(this.spec.call)?.map(toByteString);
    return { stack: stack.map((f) => ` ${f.name}:${f.line}`).join(''), names };
  }

  /**
   * A new window: header (refocused on `entry`) + `entry` in full as the snapshot, leaving at
   * least `headroom` tokens for the next stop: where a big snapshot needs it, the header shows
   * fewer source lines than the model's header budget.
   */
  private async openWindow(entry: Entry, headroom = this.engine.settings.reserveTokens): Promise<void> {
    const snapshot = this.engine.tokenizer.encode(renderStop(codecOf(entry.predicted.stop, entry.frames), []));
    const budget = Math.min(this.engine.maxHeader, this.window.capacity - snapshot.length - 1 - headroom);
    const header = this.header(focusOf(entry.frames), budget);
    await this.window.open(header.ids, snapshot);
    entry.epoch = this.window.epoch;
    entry.end = this.window.length;
    this.stale = false;
  }

  private async decode(action: Action, old: FrameView[], signal: AbortSignal | undefined, canReopen: boolean): Promise<DecodedStop> {
    const { settings } = this.engine;
    const attempt = (): Promise<DecodedStop> =>
      this.window.decode(this.engine.tokenizer.specialId(ACTION_TOKENS[action])!, this.engine.decoder, {
        grammar: settings.constrained ? new StopGrammar(this.tables, old, this.knownEntry(action, old), { action, breakpoints: this.spec.breakpoints ?? [] }) : null,
        forcing: settings.forcing,
        maxTokens: settings.maxStopTokens,
        signal,
      });
    // a stop that overflows is regenerated in a new window, then in one whose header leaves
    // room for the longest stop
    const headrooms = canReopen
      ? [...(this.window.isFresh ? [] : [settings.reserveTokens]), settings.maxStopTokens]
      : [];
    for (let attemptNo = 0; ; attemptNo++) {
      try {
        return await attempt();
      } catch (e) {
        if (!(e instanceof ContextFull)) throw e;
      }
      const headroom = headrooms[attemptNo];
      if (headroom === undefined) break;
      await this.openWindow(this.history[this.history.length - 1]!, headroom);
    }
    throw new RuntimeError(
      'context-overflow',
      `the header and the current stop leave no room for the next stop in the model's context of ` +
        `${this.window.capacity} tokens`,
    );
  }

  private record(action: Action, decoded: DecodedStop, old: FrameView[], t0: number, openedWindow: boolean): PredictedStop {
    const text = decoded.segments.join('');
    let stop: CodecStop;
    try {
      stop = parseStop(decoded.segments, old, () => this.nextKey++);
    } catch (e) {
      if (!(e instanceof FormatError)) throw e;
      throw new RuntimeError('malformed-stop', `the model wrote a stop that does not parse (${e.message}): ${text}`);
    }
    const predicted: PredictedStop = {
      stop: toStopState(stop),
      origin: 'predicted',
      action,
      confidence: decoded.confidence,
      minTokenProb: decoded.minTokenProb,
      tokens: decoded.ids.length,
      forcedTokens: decoded.forcedTokens,
      modelRuns: decoded.modelRuns,
      ms: performance.now() - t0,
      text,
      openedWindow,
    };
    this.history.push({ predicted, frames: stop.frames, epoch: this.window.epoch, end: this.window.length });
    return predicted;
  }
}

function focusOf(frames: readonly FrameView[]): Focus {
  return { frames: frames.map((f) => ({ name: f.name, line: f.line })) };
}

function codecOf(stop: StopState, frames: FrameView[]): CodecStop {
  return { kind: stop.kind, frames, value: stop.value, exception: stop.exception, stdout: stop.stdout };
}

function given(stop: StopState, origin: 'given' | 'edited', text: string): PredictedStop {
  return { stop, origin, action: null, confidence: 1, minTokenProb: 1, tokens: 0, forcedTokens: 0, modelRuns: 0, ms: 0, text, openedWindow: false };
}

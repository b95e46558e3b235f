/**
 * The grammar of one generated stop, checked incrementally for constrained decoding
 * (docs/model-runtime.md, "Constrained decoding"):
 *
 *   kind [stack] [<|rv|> value] [<|x|> Type: message] [<|so|> text] ((<|v|> name=value | <|del|> name | <|f|> p))* <|eos|>
 *
 * with the stack `[^j] (" :L" | " name:L")*` resolved against the previous stop's frames,
 * lines of the frame's own function (ProgramInfo.frameLines), frame names it defines (or the interpreter's `<module>`,
 * `<lambda>`, ...), variable names it mentions, `<|del|>` only of a variable the frame had,
 * values that can still be well formed (value-syntax.ts), and each kind's required parts
 * (a return has a value, an exception stop an exception, an exit no stack or locals).
 *
 * Given the step the stop follows (StepContext), it also keeps the stop among those that can
 * happen from the previous one: lines the flow reaches (flow.ts), fresh calls on their first
 * line, locals of each frame's scope (scopes.ts).
 *
 * Free text is checked byte by byte (tokens are byte-level BPE pieces), so a token is
 * accepted iff every byte keeps the stop completable. The state is small and cloned to test
 * a candidate.
 */
import type { Action, StopKind } from './stop.js';
import type { LineFlow } from './flow.js';
import { DEL, EOS, EXC, FRAME, RV, STDOUT, TOKEN_TO_KIND, VAR } from './format.js';
import type { FrameView } from './codec.js';
import { Utf8Checker } from './utf8.js';
import { ValueChecker, isDigit, isIdentByte } from './value-syntax.js';

/** The program facts the grammar needs (ProgramInfo provides them). */
export interface GrammarProgram {
  lineNumbers: ReadonlySet<number>;
  frameNames: ReadonlySet<string>;
  variableNames: ReadonlySet<string>;
  /** The lines a frame of each listed name can stand on; names not listed: any line. */
  frameLines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Where a frame can go in one step (flow.ts); without it steps are not limited. */
  flow?: LineFlow;
  /** Which names each frame's locals can be (scopes.ts); without it, any variable name. */
  names?: FrameNames;
}

/** Which names a frame's locals can be (ProgramInfo.names). */
export interface FrameNames {
  /** Names a frame called `name` can hold; undefined: any variable name. */
  ofFrame(name: string): ReadonlySet<string> | undefined;
  /** Names a new call of `name` starts with (its parameters); undefined: not known. */
  atEntry(name: string): ReadonlySet<string> | undefined;
  /** Names one step of a frame from `line` can bind; undefined: not known. */
  boundFrom(line: number): ReadonlySet<string> | undefined;
}

type Field = 'none' | 'stack' | 'value' | 'exception' | 'stdout' | 'var' | 'del' | 'frame';
// order of the optional parts after the stack
const SECTION: Record<string, number> = { [RV]: 1, [EXC]: 2, [STDOUT]: 3, [VAR]: 4, [DEL]: 4, [FRAME]: 4 };
const MAX_MESSAGE_CHARS = 200;

const SPACE = 0x20;
const COLON = 0x3a;
const CARET = 0x5e;
const EQUALS = 0x3d;
const LT = 0x3c;
const PIPE = 0x7c;

/** Byte strings (one char per UTF-8 byte) of a set of names, and all their prefixes. */
class NameSet {
  readonly names: Set<string>;
  private readonly prefixes = new Set<string>();

  constructor(names: Iterable<string>) {
    this.names = new Set([...names].map(toByteString));
    for (const n of this.names) for (let i = 0; i <= n.length; i++) this.prefixes.add(n.slice(0, i));
  }

  hasPrefix(p: string): boolean {
    return this.prefixes.has(p);
  }

  /** The names starting with `p`, except `excluded`. */
  completions(p: string, excluded?: ReadonlySet<string>): string[] {
    const out: string[] = [];
    for (const n of this.names) if (n.startsWith(p) && !excluded?.has(n)) out.push(n);
    return out;
  }
}

export function toByteString(s: string): string {
  return String.fromCharCode(...new TextEncoder().encode(s));
}

/** Per-program data shared by every stop of a session. */
export class GrammarTables {
  readonly lines: NameSet;
  readonly frames: NameSet;
  readonly variables: NameSet;
  // the lines each listed frame name can stand on, by the name's byte string and by the name
  private readonly frameLines = new Map<string, NameSet>();
  private readonly frameLinesByName = new Map<string, NameSet>();

  private readonly flow: LineFlow | undefined;
  private readonly names: FrameNames | undefined;
  // variable name sets by what they hold, built when first asked
  private readonly variableSets = new Map<string, NameSet>();
  // lines by frame name and the line a frame steps from (or its entry), built when first asked
  private readonly steps = new Map<string, NameSet | undefined>();

  constructor(program: GrammarProgram) {
    this.flow = program.flow;
    this.names = program.names;
    this.lines = new NameSet([...program.lineNumbers].map(String));
    this.frames = new NameSet(program.frameNames);
    this.variables = new NameSet(program.variableNames);
    for (const [name, lines] of program.frameLines) {
      const set = new NameSet([...lines].map(String));
      this.frameLines.set(toByteString(name), set);
      this.frameLinesByName.set(name, set);
    }
  }

  /** The lines a frame can stand on, by its name as written (a byte string) or as a frame's name. */
  linesOf(name: string, asWritten: boolean): NameSet {
    return (asWritten ? this.frameLines : this.frameLinesByName).get(name) ?? this.lines;
  }

  /** The variable names a frame called `name` can hold. */
  variablesOf(name: string): NameSet {
    return this.variableSet(`frame\n${name}`, () => this.names?.ofFrame(name));
  }

  /** The names a new call of `name` can start with. */
  entryVariablesOf(name: string): NameSet {
    return this.variableSet(`entry\n${name}`, () => this.names?.atEntry(name), name);
  }

  /** The names frame `name` can hold after one step from `line` with these `old` locals: the
   * old ones (changed or gone) and those its statement can bind. */
  steppedVariablesOf(name: string, line: number, old: readonly string[]): NameSet {
    const key = `step\n${name}\n${line}\n${old.join('\n')}`;
    const within = (): ReadonlySet<string> | undefined => {
      const bound = this.names?.boundFrom(line);
      return bound && new Set([...old, ...bound]);
    };
    return this.variableSet(key, within, name);
  }

  /** The variables within `within()` (and within frame `frame`'s own names); all variables if it says nothing. */
  private variableSet(key: string, within: () => ReadonlySet<string> | undefined, frame?: string): NameSet {
    let set = this.variableSets.get(key);
    if (!set) {
      const names = within();
      const base = frame === undefined ? this.variables : this.variablesOf(frame);
      set = names === undefined ? base : new NameSet([...names].filter((n) => base.names.has(toByteString(n))));
      this.variableSets.set(key, set);
    }
    return set;
  }

  /** The lines of frame `name` one step can take it to from `line`, with `line` itself when
   * `keep` (a caller stays on its call); undefined if the flow does not say or leaves none. */
  stepFrom(name: string, line: number, keep: boolean): NameSet | undefined {
    const next = this.flow?.next(line);
    const within = next && keep ? new Set([...next, line]) : next;
    return this.narrowed(`${line}\n${keep}\n${name}`, this.linesOf(name, false), within);
  }

  /** Whether a line stop may leave frame `name` on `line` where it was: only where the flow
   * comes back to it (a loop on one line), or in a frame the program does not define (a
   * comprehension loops on its own line). */
  mayStayOn(name: string, line: number): boolean {
    const next = this.flow?.next(line);
    return next === undefined || next.has(line) || !this.frameLinesByName.has(name);
  }

  /** The lines a new frame of `name` (written: a byte string) first stops on. */
  entryOf(name: string): NameSet {
    const lines = this.linesOf(name, true);
    return this.narrowed(`entry\n${name}`, lines, this.flow?.entry(fromByteString(name))) ?? lines;
  }

  /** `lines` within `within`; undefined where that leaves none (then decoding must not be
   * limited: the model may write a stop that cannot happen, but never reaches a dead end). */
  private narrowed(key: string, lines: NameSet, within: ReadonlySet<number> | undefined): NameSet | undefined {
    if (within === undefined) return undefined;
    if (!this.steps.has(key)) {
      const kept = [...lines.names].filter((n) => within.has(Number(n)));
      this.steps.set(key, kept.length > 0 ? new NameSet(kept) : undefined);
    }
    return this.steps.get(key);
  }
}

/**
 * The step a stop follows, for constrained decoding to keep it among the stops that can
 * happen: after a step (into, over, out) each frame kept from the previous stop stands on a
 * line its flow reaches in one step (LineFlow), a step into starts a new frame on its
 * function's first line, and without breakpoints only a step into enters a call.
 */
export interface StepContext {
  action: Action;
  /** The session's breakpoint lines. */
  breakpoints: readonly number[];
}

/** Actions whose next stop continues each kept frame by one step of its own flow. */
const STEPS: ReadonlySet<Action> = new Set(['step_into', 'step_over', 'step_out']);

/** What the decoder can feed without asking the model: a marker, or text. */
export type Forced = { marker: string } | { text: string };

interface StackState {
  mode: 'start' | 'caret' | 'part' | 'name' | 'line';
  digits: string; // caret digits or line digits so far
  name: string;
  depth: number; // frames resolved so far
  same: number; // frames that continue the previous stop's activations
  continuing: boolean;
  newNames: readonly string[]; // names of the new frames so far (byte strings)
}

const NO_NAMES: ReadonlySet<string> = new Set();

/** A stop the source fixes up to its values (see the StopGrammar constructor). */
export interface KnownEntry {
  stack: string;
  names?: readonly string[];
}

export class StopGrammar {
  private kind: StopKind | null = null;
  private field: Field = 'none';
  private fieldBytes = 0;
  private lastByte = 0;
  private section = 0;
  private sawValue = false;
  private sawException = false;
  private done = false;
  // stack
  private stack: StackState | null = null;
  private depth = 0;
  private same = 0;
  // locals
  private frame = -1; // frame whose locals follow; -1 until the stack is closed
  private lastFrameMarker = -1;
  private frameNames: readonly string[] = []; // of the new stack, once closed
  private frameNeedsEntry = false;
  // names written in the current frame section; replaced, never mutated, so clones share it
  private written: ReadonlySet<string> = NO_NAMES;
  private name = '';
  private digits = '';
  private value: ValueChecker | null = null;
  private excPhase: 'type' | 'space' | 'message' = 'type';
  private utf8 = new Utf8Checker();
  private messageChars = 0;

  private readonly knownStack?: string;
  private readonly knownNames?: readonly string[];

  /**
   * `known`: the stop is a line stop with exactly this stack text (` name:L ...`, written
   * against no previous frames) and, when `names` is given, exactly these locals in this order
   * (byte strings), as where a session starts or a step back returns to the entry call: only
   * the values are left to the model. `step`, when given, limits where frames can go and
   * which locals they hold (StepContext).
   */
  constructor(
    private readonly tables: GrammarTables,
    private readonly old: readonly FrameView[],
    private readonly known?: KnownEntry,
    private readonly step?: StepContext,
  ) {
    this.knownStack = known?.stack;
    this.knownNames = known?.names;
  }

  /** A copy to try a token on (field by field: candidates are tried often, this stays fast). */
  clone(): StopGrammar {
    const g = new StopGrammar(this.tables, this.old, this.known, this.step);
    g.kind = this.kind;
    g.field = this.field;
    g.fieldBytes = this.fieldBytes;
    g.lastByte = this.lastByte;
    g.section = this.section;
    g.sawValue = this.sawValue;
    g.sawException = this.sawException;
    g.done = this.done;
    g.stack = this.stack && { ...this.stack };
    g.depth = this.depth;
    g.same = this.same;
    g.frame = this.frame;
    g.lastFrameMarker = this.lastFrameMarker;
    g.frameNames = this.frameNames;
    g.frameNeedsEntry = this.frameNeedsEntry;
    g.written = this.written;
    g.name = this.name;
    g.digits = this.digits;
    g.value = this.value?.clone() ?? null;
    g.excPhase = this.excPhase;
    g.utf8 = this.utf8.clone();
    g.messageChars = this.messageChars;
    return g;
  }

  get finished(): boolean {
    return this.done;
  }

  // ---------------------------------------------------------------- markers
  /** Whether `marker` (a special token) may come next. */
  allowsMarker(marker: string): boolean {
    if (this.done) return false;
    if (this.kind === null) {
      const kind = TOKEN_TO_KIND.get(marker);
      if (kind === undefined || (this.knownStack !== undefined && kind !== 'line')) return false;
      // without breakpoints, a continue stops only at an exception or the end
      if (this.step?.action === 'continue' && this.step.breakpoints.length === 0 && (kind === 'line' || kind === 'return')) return false;
      return kind === 'exit' || this.knownStack !== undefined || this.stackCanStart(kind);
    }
    if (!this.fieldComplete()) return false;
    const settled = this.clone(); // as it will be once the marker ends the current field
    settled.settleField();
    settled.closeStack();
    return settled.markerFits(marker);
  }

  /** The marker's place in the stop's order, once the current field may end. */
  private markerFits(marker: string): boolean {
    const kind = this.kind!;
    const section = SECTION[marker];
    if (marker === EOS) {
      if (this.knownNames !== undefined && this.written.size < this.knownNames.length) return false;
      return this.requirementsMet(4) && !this.frameNeedsEntry;
    }
    if (section === undefined) return false;
    if (section < 4 && section <= this.section) return false;
    if (!this.requirementsMet(section)) return false;
    switch (marker) {
      case RV:
        return kind === 'return' || kind === 'exit';
      case EXC:
        return kind !== 'line';
      case STDOUT:
        return true;
      case VAR:
        if (this.knownNames !== undefined) return this.written.size < this.knownNames.length;
        return kind !== 'exit' && this.variables().completions('', this.written).length > 0;
      case DEL:
        return kind !== 'exit' && this.knownNames === undefined && this.deletable().length > 0;
      default: // FRAME
        return kind !== 'exit' && this.knownNames === undefined && !this.frameNeedsEntry && this.frameIndices().length > 0;
    }
  }

  /** Parts a kind needs before `section` can start: a return's value, an exception stop's exception. */
  private requirementsMet(section: number): boolean {
    if (this.kind === 'return' && section > 1 && !this.sawValue) return false;
    if (this.kind === 'exception' && section > 2 && !this.sawException) return false;
    return true;
  }

  /** Feed a special token (checked with allowsMarker first). */
  marker(marker: string): void {
    this.settleField();
    if (this.kind === null) {
      this.kind = TOKEN_TO_KIND.get(marker)!;
      if (this.kind !== 'exit') {
        this.field = 'stack';
        this.stack = null; // no stack text yet
      }
      return;
    }
    this.closeStack();
    this.fieldBytes = 0;
    this.lastByte = 0;
    if (marker === EOS) {
      this.done = true;
      this.field = 'none';
      return;
    }
    this.section = Math.max(this.section, SECTION[marker]!);
    switch (marker) {
      case RV:
        this.sawValue = true;
        this.field = 'value';
        this.value = new ValueChecker();
        break;
      case EXC:
        this.sawException = true;
        this.field = 'exception';
        this.excPhase = 'type';
        this.messageChars = 0;
        break;
      case STDOUT:
        this.field = 'stdout';
        break;
      case VAR:
        this.field = 'var';
        this.name = '';
        this.value = null;
        this.frameNeedsEntry = false;
        break;
      case DEL:
        this.field = 'del';
        this.name = '';
        this.frameNeedsEntry = false;
        break;
      default: // FRAME
        this.field = 'frame';
        this.digits = '';
        break;
    }
  }

  /** At the first marker after the kind, the stack is settled (possibly with no text). */
  private closeStack(): void {
    if (this.field !== 'stack') return;
    if (this.stack === null) {
      this.depth = Math.max(this.old.length - 1, 0);
      this.same = this.depth;
    } else if (this.stack.mode === 'caret') {
      this.depth = this.same = Number(this.stack.digits);
    } else {
      this.depth = this.stack.depth + (this.stack.mode === 'line' ? 1 : 0);
      this.same = this.stack.same + (this.stack.mode === 'line' && this.stack.continuing ? 1 : 0);
    }
    this.frame = this.depth - 1;
    const kept = this.old.slice(0, this.same).map((f) => f.name);
    this.frameNames = [...kept, ...(this.stack?.newNames ?? []).map(fromByteString)];
  }

  /** The variable names the frame whose locals are being written can hold. */
  private variables(): NameSet {
    return this.variablesAt(this.frame);
  }

  /**
   * The names frame `i` of the new stack can hold: its scope's; after a step, for a frame kept
   * from the previous stop, its old names and those its statement binds; for a fresh call,
   * its parameters.
   */
  private variablesAt(i: number): NameSet {
    const name = this.frameNames[i];
    if (name === undefined) return this.tables.variables;
    const step = this.step;
    if (step && i < this.same && STEPS.has(step.action) && !this.runsOn(i)) {
      const frame = this.old[i]!;
      return this.tables.steppedVariablesOf(name, frame.line, Object.keys(frame.locals));
    }
    if (i >= this.same && this.entering()) return this.tables.entryVariablesOf(name);
    return this.tables.variablesOf(name);
  }

  private top(): number {
    return this.depth - 1;
  }

  /** Names a `<|del|>` may remove from the current frame: those it had before, not yet written. */
  private deletable(): string[] {
    if (this.frame < 0 || this.frame >= this.same) return [];
    return Object.keys(this.old[this.frame]!.locals)
      .map(toByteString)
      .filter((n) => !this.written.has(n));
  }

  // ---------------------------------------------------------------- text
  /** Feed the bytes of a text token; false (state unchanged only if on a clone) if any byte is invalid. */
  acceptBytes(bytes: Uint8Array): boolean {
    if (this.done || this.kind === null || this.field === 'none' || bytes.length === 0) return false;
    for (const b of bytes) {
      if (b === PIPE && this.lastByte === LT) return false; // free text never holds `<|`
      if (!this.utf8.push(b) || !this.byte(b)) return false;
      this.lastByte = b;
      this.fieldBytes++;
    }
    return true;
  }

  private byte(b: number): boolean {
    switch (this.field) {
      case 'stack':
        return this.stackByte(b);
      case 'value':
        return this.value!.push(b);
      case 'exception':
        return this.exceptionByte(b);
      case 'stdout':
        return true;
      case 'var':
        return this.varByte(b);
      case 'del':
        return this.delByte(b);
      case 'frame':
        return this.frameByte(b);
      default:
        return false;
    }
  }

  private stackByte(b: number): boolean {
    if (this.knownStack !== undefined && this.knownStack.charCodeAt(this.fieldBytes) !== b) return false;
    if (this.stack === null) {
      const dflt = Math.max(this.old.length - 1, 0);
      if (b === CARET) {
        if (this.old.length === 0 && !this.partCanFollow(0, 0)) return false; // `^0` would lead nowhere
        this.stack = { mode: 'caret', digits: '', name: '', depth: 0, same: 0, continuing: true, newNames: [] };
        return true;
      }
      if (b !== SPACE || !this.partCanFollow(dflt, dflt)) return false;
      this.stack = { mode: 'part', digits: '', name: '', depth: dflt, same: dflt, continuing: true, newNames: [] };
      return true;
    }
    const s = this.stack;
    const ch = String.fromCharCode(b);
    switch (s.mode) {
      case 'caret':
        if (isDigit(b)) {
          const digits = s.digits + ch;
          if ((digits.length > 1 && digits[0] === '0') || Number(digits) > this.old.length) return false;
          if (Number(digits) === 0 && !this.partCanFollow(0, 0)) return false;
          s.digits = digits;
          return true;
        }
        if (b !== SPACE || s.digits === '' || !this.partCanFollow(Number(s.digits), Number(s.digits))) return false;
        s.depth = s.same = Number(s.digits);
        s.mode = 'part';
        return true;
      case 'part':
        if (b === COLON) {
          if (!s.continuing || s.depth >= this.old.length) return false;
          s.mode = 'line';
          s.digits = '';
          return true;
        }
        if (b === SPACE || !this.tables.frames.hasPrefix(ch) || !this.newFramesCanCome(s.same)) return false;
        s.mode = 'name';
        s.name = ch;
        return true;
      case 'name':
        if (b === COLON) {
          if (!this.tables.frames.names.has(s.name)) return false;
          s.continuing = false;
          s.newNames = [...s.newNames, s.name];
          s.mode = 'line';
          s.digits = '';
          return true;
        }
        if (b === SPACE || !this.tables.frames.hasPrefix(s.name + ch)) return false;
        s.name += ch;
        return true;
      case 'line': {
        const lines = this.linesOfPart(s);
        if (isDigit(b)) {
          if (!lines.hasPrefix(s.digits + ch)) return false;
          s.digits += ch;
          return true;
        }
        if (b !== SPACE || !lines.names.has(s.digits)) return false;
        if (!this.partCanFollow(s.depth + 1, s.same + (s.continuing ? 1 : 0), s.continuing)) return false;
        if (s.continuing) s.same++;
        s.depth++;
        s.mode = 'part';
        return true;
      }
      default: // 'start' is folded into stack === null
        return false;
    }
  }

  // ---------------------------------------------------------------- where a step can go
  /** Whether a stack of a `kind` stop can be written at all (else that kind would be a dead end). */
  private stackCanStart(kind: StopKind): boolean {
    if (this.old.length > 0) return true; // `^1` keeps a frame
    const probe = this.clone();
    probe.kind = kind;
    return probe.partCanFollow(0, 0);
  }

  /** Whether the stack may go on with a frame at position `depth`, `same` frames continuing so
   * far: an old one still continuing, or a new one. */
  private partCanFollow(depth: number, same: number, continuing = true): boolean {
    return (continuing && depth < this.old.length) || this.newFramesCanCome(same);
  }

  /**
   * Whether this stop may show frames the previous one did not have, after `same` continuing
   * ones. Without a breakpoint to stop in a call, a continue only shows an exception's
   * traceback, and a step over or out enters a call only once the frame it stepped in has
   * returned (the caller calls on: debugpy steps into it).
   */
  private newFramesCanCome(same: number): boolean {
    const step = this.step;
    if (!step || step.breakpoints.length > 0 || this.kind === 'exception') return true;
    if (step.action === 'continue') return false;
    if (step.action === 'step_over' || step.action === 'step_out') return same < this.old.length;
    return true;
  }

  /** Whether a new frame of this stop is a fresh call, on its function's first line. */
  private entering(): boolean {
    const step = this.step;
    if (!step || this.kind === 'exception') return false; // an uncaught exception's traceback: frames stand where they raised
    return step.action === 'step_into' || (STEPS.has(step.action) && step.breakpoints.length === 0);
  }

  /** A step out lets the top frame run on to any of its lines (a breakpoint, an exception). */
  private runsOn(depth: number): boolean {
    return this.step?.action === 'step_out' && depth === this.old.length - 1;
  }

  /**
   * Whether closing the stack here would leave the top frame of a line stop where it was after
   * a step: a line stop is the line event of a new line, never of the same one (unless the
   * flow loops back to it). A frame that stays on its line calls another (more frames follow)
   * or is at a return or an exception stop.
   */
  private standsStill(s: StackState): boolean {
    return s.continuing && Number(s.digits) === this.old[s.depth]!.line && this.mustMove(s.depth);
  }

  /** Whether old frame `depth`, as the top of a line stop after a step, must be on another
   * line than before (where the flow offers one). */
  private mustMove(depth: number): boolean {
    if (this.kind !== 'line' || !this.step || !STEPS.has(this.step.action) || this.runsOn(depth)) return false;
    const frame = this.old[depth]!;
    return !this.tables.mayStayOn(frame.name, frame.line) && this.tables.stepFrom(frame.name, frame.line, false) !== undefined;
  }

  /** A frame stands on a line of its own function (a continuing frame keeps its name) that the step can reach. */
  private linesOfPart(s: StackState): NameSet {
    const step = this.step;
    if (s.continuing) {
      const frame = this.old[s.depth]!;
      if (!step || !STEPS.has(step.action) || this.runsOn(s.depth)) return this.tables.linesOf(frame.name, false);
      // it keeps its line only to call on (more frames follow) or at a return or exception stop
      const keep = this.partCanFollow(s.depth + 1, s.same + 1) || !this.mustMove(s.depth);
      return this.tables.stepFrom(frame.name, frame.line, keep) ?? this.tables.linesOf(frame.name, false);
    }
    return this.entering() ? this.tables.entryOf(s.name) : this.tables.linesOf(s.name, true);
  }

  private exceptionByte(b: number): boolean {
    switch (this.excPhase) {
      case 'type':
        if (b === COLON && this.fieldBytes > 0) {
          this.excPhase = 'space';
          return true;
        }
        return isIdentByte(b) && !(this.fieldBytes === 0 && isDigit(b));
      case 'space':
        if (b !== SPACE) return false;
        this.excPhase = 'message';
        return true;
      default:
        if ((b & 0xc0) !== 0x80) this.messageChars++;
        return this.messageChars <= MAX_MESSAGE_CHARS;
    }
  }

  private varByte(b: number): boolean {
    if (this.value !== null) return this.value.push(b);
    const expected = this.knownNames?.[this.written.size];
    if (expected !== undefined) {
      if (b === EQUALS && this.name === expected) {
        this.value = new ValueChecker();
        return true;
      }
      const next = this.name + String.fromCharCode(b);
      if (!expected.startsWith(next)) return false;
      this.name = next;
      return true;
    }
    if (b === EQUALS) {
      if (!this.variables().names.has(this.name) || this.written.has(this.name)) return false;
      this.value = new ValueChecker();
      return true;
    }
    const next = this.name + String.fromCharCode(b);
    // a name already written in this frame cannot be completed again: avoid a dead end
    const variables = this.variables();
    if (!variables.hasPrefix(next) || (this.written.size > 0 && variables.completions(next, this.written).length === 0)) {
      return false;
    }
    this.name = next;
    return true;
  }

  private delByte(b: number): boolean {
    const next = this.name + String.fromCharCode(b);
    if (!this.deletable().some((n) => n.startsWith(next))) return false;
    this.name = next;
    return true;
  }

  private frameByte(b: number): boolean {
    if (!isDigit(b)) return false;
    const digits = this.digits + String.fromCharCode(b);
    if (this.frameIndices().every((p) => !String(p).startsWith(digits))) return false;
    this.digits = digits;
    return true;
  }

  /** Frame indices a `<|f|>` may name: lower frames after the last one named that can have an entry. */
  private frameIndices(): number[] {
    const out: number[] = [];
    for (let p = this.lastFrameMarker + 1; p < this.top(); p++) {
      const hadLocals = p < this.same && Object.keys(this.old[p]!.locals).length > 0;
      if (hadLocals || this.variablesAt(p).completions('').length > 0) out.push(p);
    }
    return out;
  }

  /** For each byte value, whether a text token may start with it now (1) or not (0). */
  allowedFirstBytes(): Uint8Array {
    const ok = new Uint8Array(256);
    for (let b = 0; b < 256; b++) ok[b] = this.clone().acceptBytes(Uint8Array.of(b)) ? 1 : 0;
    return ok;
  }

  /** The current text field may end here (a marker may follow). */
  private fieldComplete(): boolean {
    if (!this.utf8.complete()) return false;
    switch (this.field) {
      case 'none':
        return true;
      case 'stack': {
        const s = this.stack;
        if (this.knownStack !== undefined && this.fieldBytes !== this.knownStack.length) return false;
        if (s === null) return this.old.length - 1 >= 1; // no stack text: keep all but the top frame
        if (s.mode === 'caret') return s.digits !== '' && Number(s.digits) >= 1;
        return s.mode === 'line' && this.linesOfPart(s).names.has(s.digits) && !this.standsStill(s);
      }
      case 'value':
        return this.value!.complete();
      case 'exception':
        return this.excPhase === 'message';
      case 'stdout':
        return this.fieldBytes > 0;
      case 'var':
        return this.value !== null && this.value.complete();
      case 'del':
        return this.deletable().includes(this.name);
      case 'frame':
        return this.frameIndices().map(String).includes(this.digits);
    }
  }

  // ---------------------------------------------------------------- bookkeeping after a field
  /** When a marker ends a field: record the name written, or switch to the frame named. */
  private settleField(): void {
    if (this.kind === null) return;
    if (this.field === 'var' || this.field === 'del') this.written = new Set([...this.written, this.name]);
    if (this.field === 'frame') {
      this.frame = Number(this.digits);
      this.lastFrameMarker = this.frame;
      this.frameNeedsEntry = true;
      this.written = NO_NAMES;
    }
  }

  // ---------------------------------------------------------------- forced continuations
  /**
   * What must come next whatever the model prefers: the rest of a name only one candidate
   * can complete, a frame index with one choice, or the one marker allowed once text cannot
   * continue. Undefined when the model has a real choice.
   */
  forced(markers: readonly string[]): Forced | undefined {
    if (this.done || this.kind === null) return undefined;
    const text = this.forcedText();
    if (text !== undefined) return text === '' ? undefined : { text: fromByteString(text) };
    if (this.textCanContinue()) return undefined;
    const allowed = markers.filter((m) => this.allowsMarker(m));
    return allowed.length === 1 ? { marker: allowed[0]! } : undefined;
  }

  private forcedText(): string | undefined {
    if (this.field === 'var' && this.value === null) {
      const expected = this.knownNames?.[this.written.size];
      if (expected !== undefined) return expected.slice(this.name.length);
      const options = this.variables().completions(this.name, this.written);
      return options.length === 1 ? options[0]!.slice(this.name.length) : undefined;
    }
    if (this.field === 'del') {
      const options = this.deletable().filter((n) => n.startsWith(this.name));
      return options.length === 1 ? options[0]!.slice(this.name.length) : undefined;
    }
    if (this.field === 'stack' && this.stack?.mode === 'name') {
      const options = this.tables.frames.completions(this.stack.name);
      return options.length === 1 ? options[0]!.slice(this.stack.name.length) : undefined;
    }
    if (this.field === 'frame' && this.digits === '') {
      const options = this.frameIndices();
      return options.length === 1 ? String(options[0]) : undefined;
    }
    return undefined;
  }

  /** Whether some text byte could follow now. */
  private textCanContinue(): boolean {
    switch (this.field) {
      case 'none':
        return false;
      case 'del':
        return this.deletable().some((n) => n.startsWith(this.name) && n !== this.name);
      case 'frame':
        return this.frameIndices().some((p) => String(p).startsWith(this.digits) && String(p) !== this.digits);
      default:
        return true;
    }
  }
}

function fromByteString(s: string): string {
  return new TextDecoder().decode(Uint8Array.from(s, (c) => c.charCodeAt(0)));
}

/** The markers that can follow a stop's kind token. */
export const STOP_MARKERS: readonly string[] = [RV, EXC, STDOUT, VAR, DEL, FRAME, EOS];

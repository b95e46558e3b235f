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
  // lines by frame name and the line a frame steps from (or its entry), built when first asked
  private readonly steps = new Map<string, NameSet>();

  constructor(program: GrammarProgram) {
    this.flow = program.flow;
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

  /** The lines of frame `name` one step can take it to from `line` (all of its lines if the flow does not say). */
  stepFrom(name: string, line: number): NameSet {
    return this.narrowed(`${line}\n${name}`, this.linesOf(name, false), this.flow?.next(line));
  }

  /** The lines a new frame of `name` (written: a byte string) first stops on. */
  entryOf(name: string): NameSet {
    return this.narrowed(`entry\n${name}`, this.linesOf(name, true), this.flow?.entry(fromByteString(name)));
  }

  /** `lines` within `within`; never empty (an empty set would leave decoding no way on). */
  private narrowed(key: string, lines: NameSet, within: ReadonlySet<number> | undefined): NameSet {
    if (within === undefined) return lines;
    let set = this.steps.get(key);
    if (!set) {
      const kept = [...lines.names].filter((n) => within.has(Number(n)));
      set = kept.length > 0 ? new NameSet(kept) : lines;
      this.steps.set(key, set);
    }
    return set;
  }
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
   * the values are left to the model.
   */
  /**
   * `action`, when given, limits where frames can go: after a step (into, over, out) each
   * frame kept from the previous stop stands on a line its flow reaches in one step, and
   * after a step into a new frame stands on its function's first line (LineFlow).
   */
  constructor(
    private readonly tables: GrammarTables,
    private readonly old: readonly FrameView[],
    private readonly known?: KnownEntry,
    private readonly action?: Action,
  ) {
    this.knownStack = known?.stack;
    this.knownNames = known?.names;
  }

  /** A copy to try a token on (field by field: candidates are tried often, this stays fast). */
  clone(): StopGrammar {
    const g = new StopGrammar(this.tables, this.old, this.known, this.action);
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
    if (this.kind === null) return this.knownStack === undefined ? TOKEN_TO_KIND.has(marker) : TOKEN_TO_KIND.get(marker) === 'line';
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
        return kind !== 'exit' && this.tables.variables.completions('', this.written).length > 0;
      case DEL:
        return kind !== 'exit' && this.knownNames === undefined && this.deletable().length > 0;
      default: // FRAME
        return kind !== 'exit' && this.knownNames === undefined && !this.frameNeedsEntry && this.lastFrameMarker + 1 < this.top();
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
        this.stack = { mode: 'caret', digits: '', name: '', depth: 0, same: 0, continuing: true };
        return true;
      }
      if (b !== SPACE) return false;
      this.stack = { mode: 'part', digits: '', name: '', depth: dflt, same: dflt, continuing: true };
      return true;
    }
    const s = this.stack;
    const ch = String.fromCharCode(b);
    switch (s.mode) {
      case 'caret':
        if (isDigit(b)) {
          const digits = s.digits + ch;
          if ((digits.length > 1 && digits[0] === '0') || Number(digits) > this.old.length) return false;
          s.digits = digits;
          return true;
        }
        if (b !== SPACE || s.digits === '') return false;
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
        if (b === SPACE || !this.tables.frames.hasPrefix(ch)) return false;
        s.mode = 'name';
        s.name = ch;
        return true;
      case 'name':
        if (b === COLON) {
          if (!this.tables.frames.names.has(s.name)) return false;
          s.continuing = false;
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
        if (s.continuing) s.same++;
        s.depth++;
        s.mode = 'part';
        return true;
      }
      default: // 'start' is folded into stack === null
        return false;
    }
  }

  /** A frame stands on a line of its own function (a continuing frame keeps its name) that the action can reach. */
  private linesOfPart(s: StackState): NameSet {
    if (s.continuing) {
      const frame = this.old[s.depth]!;
      // a step out lets the top frame run on to any of its lines (a breakpoint, an exception)
      const runs = this.action === 'step_out' && s.depth === this.old.length - 1;
      return this.action && STEPS.has(this.action) && !runs ? this.tables.stepFrom(frame.name, frame.line) : this.tables.linesOf(frame.name, false);
    }
    // an uncaught exception's stop shows the whole traceback: new frames stand where they raised
    const entering = this.action === 'step_into' && this.kind !== 'exception';
    return entering ? this.tables.entryOf(s.name) : this.tables.linesOf(s.name, true);
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
      if (!this.tables.variables.names.has(this.name) || this.written.has(this.name)) return false;
      this.value = new ValueChecker();
      return true;
    }
    const next = this.name + String.fromCharCode(b);
    // a name already written in this frame cannot be completed again: avoid a dead end
    const variables = this.tables.variables;
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

  /** Frame indices a `<|f|>` may name: lower frames after the last one named. */
  private frameIndices(): number[] {
    const out: number[] = [];
    for (let p = this.lastFrameMarker + 1; p < this.top(); p++) out.push(p);
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
        return s.mode === 'line' && this.linesOfPart(s).names.has(s.digits);
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
      const options = this.tables.variables.completions(this.name, this.written);
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

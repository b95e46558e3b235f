/**
 * What the runtime knows about a program without running it: the lines the model may stop
 * at, the frame and variable names that can appear, and where each function starts and
 * ends. Used by constrained decoding, source windowing and input prediction.
 */
import { sourceLines, type SourceLine } from './header.js';
import { LineFlow } from './flow.js';
import { lexPython, type LogicalLine, type SyntaxIssue } from './py-lexer.js';
import { KEYWORDS, ScopeNames } from './scopes.js';

/** Frame names the interpreter makes up (debugpy shows them as is). */
const SYNTHETIC_FRAMES = ['<module>', '<lambda>', '<listcomp>', '<dictcomp>', '<setcomp>', '<genexpr>'];
/** Comprehension frames hold their iterator in a variable named `.0` (Python ≤ 3.11). */
const SYNTHETIC_VARIABLES = ['.0'];


export interface Definition {
  kind: 'def' | 'class';
  name: string;
  line: number; // the def/class line (decorators excluded)
  firstLine: number; // its first decorator's line, or `line` when it has none
  headerEnd: number; // last physical line of the def/class header (its parameters may span lines)
  end: number; // last physical line of its body
  topLevel: boolean; // not nested in a class or function
  params: Parameter[]; // defs only
}

export interface Parameter {
  name: string;
  star: '' | '*' | '**';
}

export class ProgramInfo {
  readonly lines: SourceLine[];
  readonly lineNumbers: ReadonlySet<number>;
  readonly frameNames: ReadonlySet<string>;
  readonly variableNames: ReadonlySet<string>;
  readonly definitions: Definition[];
  /** For each frame name the program defines (`<module>` and its functions and classes), the
   * lines a frame of that name can stand on. Interpreter-made frames (`<lambda>`,
   * comprehensions) are not listed: they may stand on any line. */
  readonly frameLines: ReadonlyMap<string, ReadonlySet<number>>;
  /** Which names each frame's locals can be (scopes.ts). */
  readonly names: ScopeNames;
  /** Where a frame can go in one step; undefined for source that does not lex. */
  readonly flow: LineFlow | undefined;
  /** The first syntax problem the lexer found, if any. */
  readonly syntaxIssue: SyntaxIssue | null;

  constructor(readonly source: string) {
    this.lines = sourceLines(source);
    this.lineNumbers = new Set(this.lines.map((l) => l.number));
    const lexed = lexPython(source);
    this.syntaxIssue = lexed.error;
    this.definitions = definitionsOf(lexed.lines);
    this.frameNames = new Set([...SYNTHETIC_FRAMES, ...this.definitions.map((d) => d.name)]);
    this.frameLines = frameLinesOf(this.lineNumbers, this.definitions);
    this.flow = lexed.error ? undefined : new LineFlow(lexed.lines);
    const names = new Set(SYNTHETIC_VARIABLES);
    for (const l of lexed.lines) for (const t of l.tokens) if (t.kind === 'name' && !KEYWORDS.has(t.text)) names.add(t.text);
    this.variableNames = names;
    this.names = new ScopeNames(source.replace(/\r\n?/g, '\n'), lexed.lines, this.definitions);
  }

  /** The innermost definition containing `line`, if any. */
  definitionAt(line: number): Definition | undefined {
    let best: Definition | undefined;
    for (const d of this.definitions) {
      if (d.line <= line && line <= d.end && (!best || d.line >= best.line)) best = d;
    }
    return best;
  }

  /** The last top-level function named `name` (or, without a name, the last top-level def). */
  entryFunction(name?: string): Definition | undefined {
    const defs = this.definitions.filter((d) => d.kind === 'def' && d.topLevel && (name === undefined || d.name === name));
    return defs[defs.length - 1];
  }

  /**
   * The stack of a session's first stop, known from the source: the script's first line, or
   * the entry function's first body line (its `def` line if the body is only a docstring).
   * Undefined when the call is not of a top-level function (e.g. a method). `call`: the entry
   * call (`f(...)`, or the bare `f` of input prediction); undefined in script mode.
   * training/source_window.py entry_stack is the same rule (test/fixtures/source_windows.json).
   */
  /**
   * The first stop's locals: nothing bound yet in a script; in a function, its parameters in
   * the order Python keeps them (plain and keyword-only ones as written, then `*args`, then
   * `**kwargs`). Undefined when the call is not of a top-level function.
   */
  entryLocals(call: string | undefined): string[] | undefined {
    if (call === undefined) return [];
    const def = this.calledFunction(call);
    if (!def) return undefined;
    const order = { '': 0, '*': 1, '**': 2 } as const;
    return [...def.params].sort((a, b) => order[a.star] - order[b.star]).map((p) => p.name);
  }

  /** The top-level function an entry call `f(...)` (or the bare `f` of input prediction) runs. */
  private calledFunction(call: string): Definition | undefined {
    const name = /^\s*([\p{L}_][\p{L}\p{N}_]*)\s*(?:\(|$)/u.exec(call)?.[1];
    return name === undefined ? undefined : this.entryFunction(name);
  }

  entryStack(call: string | undefined): { name: string; line: number }[] | undefined {
    if (call === undefined) {
      const first = this.lines[0]?.number;
      return first === undefined ? undefined : [{ name: '<module>', line: first }];
    }
    const def = this.calledFunction(call);
    if (!def) return undefined;
    const own = [...(this.frameLines.get(def.name) ?? [])].filter((n) => n > def.headerEnd && n <= def.end);
    return [{ name: def.name, line: own.length > 0 ? Math.min(...own) : def.line }];
  }
}

/**
 * A line belongs to the innermost definition whose body holds it, else to `<module>`; a
 * `def`/`class` line belongs both to the scope that runs it and to the definition itself (a
 * class body's first line event is on its `class` line, or its first decorator's; a function
 * whose body is only a docstring stops on its `def` line). Names defined twice get the union.
 */
function frameLinesOf(lines: ReadonlySet<number>, defs: readonly Definition[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (name: string, line: number): void => {
    let set = out.get(name);
    if (!set) out.set(name, (set = new Set()));
    set.add(line);
  };
  for (const line of lines) {
    let owner: Definition | undefined;
    for (const d of defs) {
      if (d.line < line && line <= d.end && (!owner || d.line >= owner.line)) owner = d;
      if (d.line === line) add(d.name, line);
      // a decorated class body's first line event is on its first decorator
      if (d.kind === 'class' && d.firstLine <= line && line < d.line) add(d.name, line);
    }
    add(owner?.name ?? '<module>', line);
  }
  return out;
}

function definitionsOf(lines: LogicalLine[]): Definition[] {
  const defs: Definition[] = [];
  lines.forEach((l, i) => {
    const toks = l.tokens;
    const at = toks[0]?.text === 'async' ? 1 : 0;
    const kw = toks[at]?.text;
    const name = toks[at + 1];
    if ((kw !== 'def' && kw !== 'class') || name?.kind !== 'name') return;
    let end = l.last;
    for (let j = i + 1; j < lines.length && lines[j]!.indent > l.indent; j++) end = lines[j]!.last;
    let firstLine = toks[at]!.line;
    for (let j = i - 1; j >= 0 && lines[j]!.indent === l.indent && lines[j]!.tokens[0]?.text === '@'; j--) firstLine = lines[j]!.first;
    defs.push({
      kind: kw,
      name: name.text,
      line: toks[at]!.line,
      firstLine,
      headerEnd: headerColonLine(l),
      end,
      topLevel: l.indent === 0,
      params: kw === 'def' ? paramsOf(l) : [],
    });
  });
  return defs;
}

/** The line of a def/class header's own `:` (the first outside brackets). */
function headerColonLine(l: LogicalLine): number {
  let depth = 0;
  for (const t of l.tokens) {
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth--;
    else if (depth === 0 && t.text === ':') return t.line;
  }
  return l.last;
}

/** Parameter names of a `def` line, in order (`/` and a bare `*` are markers, not names). */
function paramsOf(l: LogicalLine): Parameter[] {
  const toks = l.tokens;
  const open = toks.findIndex((t) => t.text === '(');
  const params: Parameter[] = [];
  let depth = 0;
  let expectName = true;
  let star: Parameter['star'] = '';
  for (let i = open + 1; i < toks.length && open >= 0; i++) {
    const t = toks[i]!;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && t.text === ',') {
      expectName = true;
      star = '';
    } else if (depth === 0 && expectName && t.text === '*') {
      star = star === '*' && toks[i - 1]?.text === '*' ? '**' : '*';
    } else if (depth === 0 && expectName && t.kind === 'name') {
      params.push({ name: t.text, star });
      expectName = false;
    }
  }
  return params;
}

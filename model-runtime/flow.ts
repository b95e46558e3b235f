/**
 * Where a frame can go in one step, known from the source before anything runs: the lines
 * its next line event can fall on (the statement's own lines, the statement that follows,
 * a loop's header, a branch, an exception handler) and the lines a fresh call of each
 * function first stops on. Constrained decoding keeps predicted stops among them
 * (StopGrammar), so a step never jumps to a line the program cannot reach from where it is.
 *
 * The sets over-approximate CPython 3.11's line events: every physical line of a multi-line
 * statement counts as its own, a `with` may or may not stop again on its header at exit,
 * and any statement under a `try` may jump to any of its handlers. Measured to hold on every
 * step of the tracer's traces (bench/flow-soundness.ts).
 */
import type { LogicalLine } from './py-lexer.js';

interface Statement {
  /** The keyword that opens a clause (`if`, `for`, `def`, ...), or '' for a simple statement. */
  keyword: string;
  /** Physical lines of the header (decorators included) or of the simple statement. */
  lines: number[];
  /** The clause's body; empty for a simple statement and for a body on the header's line. */
  body: Statement[];
  /** Further clauses of the same compound statement (`elif`, `else`, `except`, `finally`). */
  clauses: Statement[];
  /** First token of a simple statement (`return`, `break`, ...) or of an inline body. */
  head: string;
  /** For `while`: the test is a constant true (the loop jumps back to its body, not its header). */
  forever?: boolean;
  /** Defs and classes: the name their frames show. */
  name?: string;
  /** A simple statement that is only a string (a docstring when first in a def). */
  onlyString?: boolean;
  /** Defs only: contains `yield` or `await` (a fresh frame may resume at any line). */
  resumable?: boolean;
}

const CLAUSE_KEYWORDS = new Set(['elif', 'else', 'except', 'finally', 'case']);
const COMPOUND_KEYWORDS = new Set(['if', 'for', 'while', 'with', 'try', 'def', 'class', 'match', 'async']);

/** Where each statement's flow goes, as sets of physical lines. */
export class LineFlow {
  private readonly nextByLine = new Map<number, Set<number>>();
  private readonly entryByName = new Map<string, Set<number>>();

  constructor(lines: readonly LogicalLine[]) {
    const module = parseBlock(lines, 0, lines.length, -1).statements;
    new FlowBuilder(this.nextByLine, this.entryByName).scope(module);
  }

  /** Lines a frame standing on `line` can stop on next (itself only where the flow loops back
   * to it); undefined: not a statement line. */
  next(line: number): ReadonlySet<number> | undefined {
    return this.nextByLine.get(line);
  }

  /** Lines a new frame of `name` (a def or class of the program) can first stop on; undefined: unknown name. */
  entry(name: string): ReadonlySet<number> | undefined {
    return this.entryByName.get(name);
  }
}

// ------------------------------------------------------------------ statements from logical lines

function parseBlock(lines: readonly LogicalLine[], from: number, to: number, parentIndent: number): { statements: Statement[]; end: number } {
  const statements: Statement[] = [];
  let i = from;
  let decorators: number[] = [];
  while (i < to && lines[i]!.indent > parentIndent) {
    const line = lines[i]!;
    const indent = line.indent;
    let bodyEnd = i + 1;
    while (bodyEnd < to && lines[bodyEnd]!.indent > indent) bodyEnd++;
    const keyword = keywordOf(line);
    if (line.tokens[0]?.text === '@') {
      decorators.push(...physical(line));
      i = bodyEnd;
      continue;
    }
    const stmt: Statement = {
      keyword,
      lines: [...decorators, ...physical(line)],
      body: keyword ? parseBlock(lines, i + 1, bodyEnd, indent).statements : [],
      clauses: [],
      head: keyword ? inlineHead(line) : (line.tokens[0]?.text ?? ''),
    };
    decorators = [];
    if (keyword === 'def' || keyword === 'class') stmt.name = line.tokens.find((t, k) => k > 0 && t.kind === 'name' && t.text !== 'def')?.text;
    if (keyword === '') stmt.onlyString = line.tokens.every((t) => t.kind === 'string');
    if (keyword === 'while') stmt.forever = /^while\s*(?:True|1)\s*:/.test(line.tokens.map((t) => t.text).join(' ').replace(/ :/, ':'));
    if (keyword === 'def') stmt.resumable = lines.slice(i, bodyEnd).some((l) => l.tokens.some((t) => t.text === 'yield' || t.text === 'await'));
    if (CLAUSE_KEYWORDS.has(keyword) && statements.length > 0 && statements[statements.length - 1]!.keyword !== '') {
      statements[statements.length - 1]!.clauses.push(stmt);
    } else {
      statements.push(stmt);
    }
    i = bodyEnd;
  }
  return { statements, end: i };
}

function physical(line: LogicalLine): number[] {
  const out: number[] = [];
  for (let n = line.first; n <= line.last; n++) out.push(n);
  return out;
}

/** The compound keyword a logical line opens with (`async def` is `def`), or '' for a simple statement. */
function keywordOf(line: LogicalLine): string {
  const toks = line.tokens;
  let first = toks[0]?.text ?? '';
  if (first === 'async') first = toks[1]?.text ?? '';
  const endsClause = toks.some((t) => t.text === ':');
  if (first === 'match' || first === 'case') return toks[1]?.kind !== 'op' || toks[1]?.text === '(' || toks[1]?.text === '[' ? (endsClause ? first : '') : '';
  if (COMPOUND_KEYWORDS.has(first) || CLAUSE_KEYWORDS.has(first)) return first;
  return '';
}

/** The first token of a body written on the header's own line (`if x: return y`), or ''. */
function inlineHead(line: LogicalLine): string {
  let depth = 0;
  const toks = line.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') depth--;
    else if (depth === 0 && t === ':' && toks[0]!.text !== 'lambda') return toks[i + 1]?.text ?? '';
  }
  return '';
}

// ------------------------------------------------------------------ flow

/** What encloses a statement inside its scope: the targets of break, continue and exceptions. */
interface Context {
  loopHeader: number[] | null; // continue
  loopAfter: Set<number> | null; // break
  handlers: Set<number>; // where an exception (or a return through finally/with) may go
}

class FlowBuilder {
  constructor(
    private readonly nextByLine: Map<number, Set<number>>,
    private readonly entryByName: Map<string, Set<number>>,
  ) {}

  /** A frame's statements: the module, a def's or a class's body. */
  scope(body: readonly Statement[]): void {
    this.block(body, new Set(), { loopHeader: null, loopAfter: null, handlers: new Set() });
  }

  /** `after`: where control goes once the block's last statement completes. */
  private block(body: readonly Statement[], after: ReadonlySet<number>, ctx: Context): void {
    body.forEach((stmt, i) => {
      let j = i + 1;
      while (j < body.length && isDeclaration(body[j]!)) j++;
      this.statement(stmt, j < body.length ? entry(body[j]!) : after, ctx);
    });
  }

  private statement(stmt: Statement, after: ReadonlySet<number>, ctx: Context): void {
    const targets = new Set<number>(ctx.handlers);
    const add = (lines: Iterable<number>): void => {
      for (const n of lines) targets.add(n);
    };
    switch (stmt.keyword) {
      case '':
        add(this.simpleTargets(stmt.head, after, ctx));
        break;
      case 'def':
      case 'class':
        add(after);
        // a class body's frame starts on the class line and goes on into the body
        if (stmt.keyword === 'class' && stmt.body.length) add(entry(stmt.body[0]!));
        this.defineScope(stmt);
        break;
      case 'if':
      case 'case':
        this.branches(stmt, after, ctx, add);
        break;
      case 'match':
        add(stmt.body.length ? entry(stmt.body[0]!) : after);
        this.block(stmt.body, after, ctx);
        break;
      case 'for':
      case 'while':
        this.loop(stmt, after, ctx, add);
        break;
      case 'with': {
        // at exit (normal, return, exception) the header's line may get an event again
        const exit = new Set([...stmt.lines, ...after]);
        if (stmt.body.length) add([...entry(stmt.body[0]!), ...after]);
        else add([...this.simpleTargets(stmt.head, after, ctx), ...exit]);
        this.block(stmt.body, exit, { ...ctx, handlers: new Set([...ctx.handlers, ...stmt.lines]) });
        // an exception passing through the exit stops where the traceback says: in the body
        this.setLines(stmt.lines, new Set(allLines(stmt.body)));
        break;
      }
      case 'try':
        this.tryStatement(stmt, after, ctx, add);
        break;
      default: // a clause without its compound (only in code that does not parse): anything after
        add(after);
    }
    this.setLines(stmt.lines, targets);
  }

  /** Where a simple statement (or an inline body) goes when it completes. */
  private simpleTargets(head: string, after: ReadonlySet<number>, ctx: Context): Iterable<number> {
    switch (head) {
      case 'return':
      case 'raise':
        return [];
      case 'break':
        return ctx.loopAfter ?? after;
      case 'continue':
        return ctx.loopHeader ?? after;
      default:
        return after;
    }
  }

  private defineScope(stmt: Statement): void {
    if (stmt.body.length === 0) return; // `def f(): pass` on one line: the def line is all there is
    const name = stmt.name;
    // a def's docstring and `global`/`nonlocal` declarations have no line event
    let skip = stmt.keyword === 'def' && stmt.body[0]!.onlyString ? 1 : 0;
    while (skip < stmt.body.length && isDeclaration(stmt.body[skip]!)) skip++;
    const first = stmt.body.slice(skip);
    const lines = new Set<number>();
    // a class body's first line event is on its class line (the first statement's, to be safe)
    if (stmt.keyword === 'class') stmt.lines.forEach((n) => lines.add(n));
    if (first.length === 0) stmt.lines.forEach((n) => lines.add(n));
    else entry(first[0]!).forEach((n) => lines.add(n));
    if (stmt.resumable) for (const n of allLines(stmt.body)) lines.add(n);
    if (name) this.entryByName.set(name, union(this.entryByName.get(name), lines));
    this.scope(stmt.body);
  }

  /** if/elif/else and the cases of a match: each test goes to its body or the next clause. */
  private branches(stmt: Statement, after: ReadonlySet<number>, ctx: Context, add: (l: Iterable<number>) => void): void {
    const clauses = [stmt, ...stmt.clauses];
    clauses.forEach((clause, i) => {
      const bodyEntry = clause.body.length ? entry(clause.body[0]!) : new Set(this.simpleTargets(clause.head, after, ctx));
      const targets = new Set([...bodyEntry, ...ctx.handlers]);
      // a test that fails goes to the next clause (or past the statement); `else` has no test
      if (clause.keyword !== 'else') (i + 1 < clauses.length ? clauseEntry(clauses[i + 1]!) : after).forEach((n) => targets.add(n));
      this.block(clause.body, after, ctx);
      if (clause === stmt) add(targets);
      else this.setLines(clause.lines, targets);
    });
  }

  private loop(stmt: Statement, after: ReadonlySet<number>, ctx: Context, add: (l: Iterable<number>) => void): void {
    const orElse = stmt.clauses.find((c) => c.keyword === 'else');
    const exit = orElse ? clauseEntry(orElse) : after;
    const bodyEntry = stmt.body.length ? entry(stmt.body[0]!) : new Set(stmt.lines);
    const back = new Set(stmt.lines);
    if (stmt.forever) bodyEntry.forEach((n) => back.add(n));
    add(bodyEntry);
    add(exit);
    const inner: Context = { loopHeader: [...back], loopAfter: new Set(after), handlers: ctx.handlers };
    this.block(stmt.body, back, inner);
    if (orElse) {
      this.block(orElse.body, after, ctx);
      this.setLines(orElse.lines, new Set([...exit, ...ctx.handlers]));
    }
  }

  private tryStatement(stmt: Statement, after: ReadonlySet<number>, ctx: Context, add: (l: Iterable<number>) => void): void {
    const handlersOf = stmt.clauses.filter((c) => c.keyword === 'except');
    const orElse = stmt.clauses.find((c) => c.keyword === 'else');
    const final = stmt.clauses.find((c) => c.keyword === 'finally');
    const finalEntry = final ? clauseEntry(final) : new Set<number>();
    const done = new Set([...finalEntry, ...after]); // after a handler or the else clause
    // an exception in the body goes to any handler (or through finally); in a handler, to finally
    const bodyHandlers = new Set([...ctx.handlers, ...finalEntry]);
    for (const h of handlersOf) clauseEntry(h).forEach((n) => bodyHandlers.add(n));
    const outer: Context = { ...ctx, handlers: new Set([...ctx.handlers, ...finalEntry]) };
    const bodyAfter = orElse ? clauseEntry(orElse) : done;
    add(stmt.body.length ? entry(stmt.body[0]!) : bodyAfter);
    this.block(stmt.body, bodyAfter, { ...ctx, handlers: bodyHandlers });
    // an exception that no handler takes (or that finally re-raises) stops at the line that raised it
    const raisers = new Set(allLines([{ ...stmt, clauses: stmt.clauses.filter((c) => c !== final) }]));
    for (const clause of stmt.clauses) {
      // a finally also ends a break, continue or return that passed through it
      const clauseAfter = clause === final ? new Set([...after, ...(ctx.loopAfter ?? []), ...(ctx.loopHeader ?? [])]) : done;
      const targets = new Set(clause.body.length ? entry(clause.body[0]!) : clauseAfter);
      // an except that does not match hands over to the next handler, finally, or the caller
      if (clause.keyword === 'except') bodyHandlers.forEach((n) => targets.add(n));
      outer.handlers.forEach((n) => targets.add(n));
      if (clause.keyword === 'except' || clause === final) raisers.forEach((n) => targets.add(n));
      this.setLines(clause.lines, targets);
      this.block(clause.body, clauseAfter, clause === final ? ctx : outer);
      if (clause === final) this.setLines(allLines(clause.body), raisers);
    }
  }

  /** Record `targets` as where each of `lines` goes, with the statement's other lines (a line
   * is its own target only where the flow comes back to it: a loop, an inline body). */
  private setLines(lines: readonly number[], targets: ReadonlySet<number>): void {
    for (const line of lines) {
      const set = union(this.nextByLine.get(line), targets);
      for (const other of lines) if (other !== line) set.add(other);
      this.nextByLine.set(line, set);
    }
  }
}

/** Lines where control first stops on entering a statement. */
function entry(stmt: Statement): Set<number> {
  const lines = new Set(stmt.lines);
  // a clause opener without a test (`try:`, `else:`, `finally:`) may have no line event of its own
  if (stmt.keyword === 'try' && stmt.body.length) entry(stmt.body[0]!).forEach((n) => lines.add(n));
  return lines;
}

function clauseEntry(clause: Statement): Set<number> {
  const lines = new Set(clause.lines);
  if ((clause.keyword === 'else' || clause.keyword === 'finally') && clause.body.length) entry(clause.body[0]!).forEach((n) => lines.add(n));
  return lines;
}

function isDeclaration(stmt: Statement): boolean {
  return stmt.keyword === '' && (stmt.head === 'global' || stmt.head === 'nonlocal');
}

function allLines(body: readonly Statement[]): number[] {
  const out: number[] = [];
  for (const s of body) {
    out.push(...s.lines, ...allLines(s.body));
    for (const c of s.clauses) out.push(...c.lines, ...allLines(c.body));
  }
  return out;
}

function union(a: ReadonlySet<number> | undefined, b: ReadonlySet<number>): Set<number> {
  return new Set([...(a ?? []), ...b]);
}

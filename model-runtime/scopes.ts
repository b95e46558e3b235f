/**
 * Which names a frame's locals can be, known from the source: the names each scope binds
 * (parameters; assignment, augmented and annotated targets; `for`, `with`, `except` and `:=`
 * targets; imports; `def` and `class` names; `global` and `nonlocal` names), the parameters a
 * new call starts with, and the names one step from a line can bind. A function nested in
 * another may hold free variables, so its frame can hold any name its lines mention; a program
 * that can make variables by name (`exec`, `globals()`, `locals()`, `vars()`, `import *`) gets
 * the names each scope mentions everywhere. Constrained decoding writes only these
 * (StopGrammar), so a predicted frame never holds a local that its code cannot have.
 * Over-approximations, measured to hold on every stop of the tracer's traces
 * (bench/flow-soundness.ts).
 */
import type { Definition } from './program.js';
import type { LexToken, LogicalLine } from './py-lexer.js';

export const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
);

/** Names that make variables no statement binds. */
const DYNAMIC_NAMES = new Set(['exec', 'globals', 'locals', 'vars']);

export class ScopeNames {
  private readonly byFrame = new Map<string, Set<string>>([['<module>', new Set()]]);
  private readonly byLine = new Map<number, Set<string>>();
  private readonly entries = new Map<string, Set<string> | null>();
  /** Names declared `global` or `nonlocal` anywhere: a call can bind them in another frame. */
  private readonly declared = new Set<string>();

  /** `text`: the source as the lexer read it (its string spans point into it). */
  constructor(text: string, lines: readonly LogicalLine[], defs: readonly Definition[]) {
    const yields: number[] = []; // lines that suspend a frame (its next run resumes with all its locals)
    const dynamic = lines.some((l) => l.tokens.some((t, i) => (t.kind === 'name' && DYNAMIC_NAMES.has(t.text)) || (t.text === '*' && l.tokens[i - 1]?.text === 'import')));
    const nested = (d: Definition): boolean => defs.some((o) => o.kind === 'def' && o !== d && o.line < d.line && d.end <= o.end);
    for (const l of lines) {
      const mentioned = lineNames(l, text);
      const bound = dynamic ? { scope: mentioned, step: mentioned } : lineBinds(l.tokens);
      const binds = bound.scope;
      if (l.tokens.some((t) => t.text === 'yield' || t.text === 'await')) yields.push(l.first);
      const own = new Set(bound.step);
      for (let n = l.first; n <= l.last; n++) this.byLine.set(n, own);
      if (l.tokens[0]?.text === 'global' || l.tokens[0]?.text === 'nonlocal') binds.forEach((n) => this.declared.add(n));
      // a def or class line binds its name where it stands; its parameters are the def's own
      const header = defs.find((d) => d.line === l.first);
      const enclosing = defs.filter((d) => d.line < l.first && l.first <= d.end);
      const innermost = enclosing.reduce<Definition | undefined>((a, d) => (a === undefined || d.line > a.line ? d : a), undefined);
      if (innermost) binds.forEach((n) => this.add(innermost.name, n));
      else binds.forEach((n) => this.add('<module>', n));
      if (header) header.params.forEach((p) => this.add(header.name, p.name));
      for (const d of [...enclosing, ...(header ? [header] : [])]) if (nested(d)) mentioned.forEach((n) => this.add(d.name, n));
      if (l.tokens[0]?.text === 'global') binds.forEach((n) => this.add('<module>', n));
    }
    for (const d of defs) {
      if (d.kind !== 'def') continue;
      // a function nested in another may start with free variables too, a generator resumes
      // with all its locals: neither is listed
      const resumes = yields.some((n) => d.line < n && n <= d.end);
      const before = this.entries.get(d.name);
      const unknown = nested(d) || resumes || before === null;
      this.entries.set(d.name, unknown ? null : new Set([...(before ?? []), ...d.params.map((p) => p.name)]));
    }
  }

  /** The names a frame called `name` can hold (its scope binds them); undefined: not a frame the program defines. */
  ofFrame(name: string): ReadonlySet<string> | undefined {
    return this.byFrame.get(name);
  }

  /** The names a new call of `name` starts with (its parameters); undefined: not known. */
  atEntry(name: string): ReadonlySet<string> | undefined {
    return this.entries.get(name) ?? undefined;
  }

  /** The names one step of a frame from `line` can bind: those its statement binds, and names declared global or nonlocal. */
  boundFrom(line: number): ReadonlySet<string> | undefined {
    const own = this.byLine.get(line);
    return own && new Set([...own, ...this.declared]);
  }

  private add(frame: string, name: string): void {
    let set = this.byFrame.get(frame);
    if (!set) this.byFrame.set(frame, (set = new Set()));
    set.add(name);
  }
}

const COMPOUND = new Set(['if', 'elif', 'else', 'while', 'for', 'with', 'try', 'except', 'finally', 'def', 'class', 'match', 'case']);
const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);
/** Characters before `=` that make it a comparison (`==`, `!=`, `<=`, `>=`) or `:=`, not an assignment. */
const NOT_ASSIGNMENT = new Set(['=', '!', '<', '>', ':']);

/**
 * The names a logical line binds: in the scope it runs in (see ScopeNames), and in any frame a
 * step of it can run (a comprehension's or generator expression's frame binds its targets).
 */
function lineBinds(tokens: readonly LexToken[]): { scope: string[]; step: string[] } {
  const scope: string[] = [];
  const step: string[] = [];
  for (const statement of statements(tokens)) scope.push(...statementBinds(statement));
  // anywhere in the line: `:=` targets, and comprehension targets, which Python 3.12 binds in
  // the function's frame for list, set and dict comprehensions (a generator expression keeps its own)
  const open: string[] = [];
  tokens.forEach((t, i) => {
    if (OPENERS.has(t.text)) open.push(t.text);
    else if (CLOSERS.has(t.text)) open.pop();
    if (t.kind === 'name' && tokens[i + 1]?.text === ':' && tokens[i + 2]?.text === '=') scope.push(t.text);
    if (t.text !== 'for' || open.length === 0) return;
    const targets = targetNames(tokens.slice(i + 1, indexAtDepth(tokens, i + 1, (x) => x.text === 'in')));
    (open.at(-1) === '(' ? step : scope).push(...targets);
  });
  return { scope, step: [...scope, ...step] };
}

/** A line's simple statements: split at `;`, and after a compound statement's header colon. */
function statements(tokens: readonly LexToken[]): LexToken[][] {
  const out: LexToken[][] = [];
  let start = 0;
  const first = tokens[0]?.text === 'async' ? tokens[1]?.text : tokens[0]?.text;
  if (first !== undefined && COMPOUND.has(first)) {
    const colon = headerColon(tokens);
    out.push(tokens.slice(0, colon));
    start = colon + 1;
  }
  let depth = 0;
  for (let i = start; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && OPENERS.has(t.text)) depth++;
    else if (t && CLOSERS.has(t.text)) depth--;
    else if (t === undefined || (t.text === ';' && depth === 0)) {
      if (i > start) out.push(tokens.slice(start, i));
      start = i + 1;
    }
  }
  return out;
}

/** The colon ending a compound statement's header: the last one outside brackets and lambdas before the body. */
function headerColon(tokens: readonly LexToken[]): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
    else if (depth === 0 && t === 'lambda') lambdas++;
    else if (depth === 0 && t === ':' && tokens[i + 1]?.text !== '=') {
      if (lambdas === 0) return i;
      lambdas--;
    }
  }
  return tokens.length;
}

function statementBinds(tokens: readonly LexToken[]): string[] {
  const at = tokens[0]?.text === 'async' ? 1 : 0;
  const head = tokens[at]?.text;
  switch (head) {
    case 'def':
    case 'class':
      return tokens[at + 1]?.kind === 'name' ? [tokens[at + 1]!.text] : [];
    case 'for':
      return targetNames(tokens.slice(at + 1, indexAtDepth(tokens, at + 1, (t) => t.text === 'in')));
    case 'with':
    case 'except':
      return tokens.flatMap((t, i) => (t.text === 'as' ? targetNames(tokens.slice(i + 1, indexAtDepth(tokens, i + 1, (x) => x.text === ',' || x.text === 'as'))) : []));
    case 'import':
    case 'from':
      return importedNames(tokens);
    case 'global':
    case 'nonlocal':
      return tokens.filter((t) => t.kind === 'name' && !KEYWORDS.has(t.text)).map((t) => t.text);
    case 'case':
      return tokens.filter((t, i) => t.kind === 'name' && !KEYWORDS.has(t.text) && tokens[i - 1]?.text !== '.').map((t) => t.text);
    case undefined:
      return [];
  }
  if (head !== undefined && KEYWORDS.has(head) && head !== 'lambda' && head !== 'not') return [];
  return assignedNames(tokens);
}

/** Targets of `a = b = value`, `a += 1`, `a: int = 1`: every part before a top-level assignment. */
function assignedNames(tokens: readonly LexToken[]): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!.text;
    if (OPENERS.has(t)) depth++;
    else if (CLOSERS.has(t)) depth--;
    else if (depth > 0) continue;
    else if (t === 'lambda') break; // a lambda's defaults are not targets
    else if (t === '=' && isAssignment(tokens, i)) {
      out.push(...targetNames(tokens.slice(start, augmentedStart(tokens, start, i))));
      start = i + 1;
    } else if (t === ':' && tokens[i + 1]?.text !== '=' && start === 0) {
      out.push(...targetNames(tokens.slice(0, i))); // an annotation: `name: type [= value]`
      const assign = indexAtDepth(tokens, i + 1, (x) => x.text === '=');
      i = assign - 1;
      start = assign + 1;
    }
  }
  return out;
}

/** Whether the `=` at `i` assigns: not part of `==`, `!=`, `<=`, `>=`, `:=` (but `>>=` and `<<=` do). */
function isAssignment(tokens: readonly LexToken[], i: number): boolean {
  if (tokens[i + 1]?.text === '=') return false;
  const prev = tokens[i - 1]?.text ?? '';
  if ((prev === '<' || prev === '>') && tokens[i - 2]?.text === prev) return true;
  return !NOT_ASSIGNMENT.has(prev);
}

/** `a += 1` is `a`, `+`, `=`: the target ends before the operator. */
function augmentedStart(tokens: readonly LexToken[], start: number, equals: number): number {
  let end = equals;
  while (end > start && /^[+\-*/%&|^@<>]$/.test(tokens[end - 1]!.text)) end--;
  return end;
}

/** The names a target list binds: not attributes, subscripts or calls (nor what is inside them). */
function targetNames(tokens: readonly LexToken[]): string[] {
  const out: string[] = [];
  const inside: boolean[] = []; // per open bracket: a subscript or call (true), or a tuple/list display
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (OPENERS.has(t.text)) {
      const access = prev !== undefined && (prev.kind === 'name' || prev.kind === 'string' || CLOSERS.has(prev.text)) && !KEYWORDS.has(prev.text);
      inside.push(access || inside.at(-1) === true);
    } else if (CLOSERS.has(t.text)) inside.pop();
    else if (t.kind === 'name' && !KEYWORDS.has(t.text) && inside.at(-1) !== true && prev?.text !== '.' && !['.', '(', '['].includes(tokens[i + 1]?.text ?? '')) {
      out.push(t.text);
    }
  });
  return out;
}

/** `import a.b as c, d` binds c and d; `from m import (x, y as z)` binds x and z. */
function importedNames(tokens: readonly LexToken[]): string[] {
  const from = tokens.findIndex((t) => t.text === 'import');
  const out: string[] = [];
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'name' || t.text === 'as' || tokens[i - 1]?.text === '.') continue;
    if (tokens[i - 1]?.text === 'as') out.push(t.text);
    else if (!tokens.slice(i + 1).some((x, j) => x.text === 'as' && tokens.slice(i + 1, i + 1 + j).every((y) => y.kind === 'name' || y.text === '.'))) out.push(t.text);
  }
  return out;
}

/** The first index from `start` at bracket depth 0 where `is` holds (the end if none). */
function indexAtDepth(tokens: readonly LexToken[], start: number, is: (t: LexToken) => boolean): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (depth === 0 && is(t)) return i;
    if (OPENERS.has(t.text)) depth++;
    else if (CLOSERS.has(t.text)) depth--;
  }
  return tokens.length;
}

/**
 * The names a logical line mentions that can be variables: not attributes (`.name`) nor
 * keyword arguments (`f(name=...)`, except in a def's parameters).
 */
function lineNames(l: LogicalLine, text: string): string[] {
  const toks = l.tokens;
  const header = toks[0]?.text === 'def' || (toks[0]?.text === 'async' && toks[1]?.text === 'def') || toks.some((t) => t.text === 'lambda');
  const out: string[] = [];
  toks.forEach((t, i) => {
    if (t.kind === 'name' && toks[i - 1]?.text === '.') return;
    const keyword = toks[i + 1]?.text === '=' && toks[i + 2]?.text !== '=' && (toks[i - 1]?.text === '(' || toks[i - 1]?.text === ',');
    if (t.kind === 'name' && keyword && !header && insideBrackets(toks, i)) return;
    out.push(...mentionedNames(t, text));
  });
  return out;
}

function insideBrackets(toks: readonly LexToken[], at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const t = toks[i]!.text;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') depth--;
  }
  return depth > 0;
}

/** The names a token mentions: a name, or the names in an f-string's replacement fields. */
function mentionedNames(t: LexToken, text: string): string[] {
  if (t.kind === 'name') return KEYWORDS.has(t.text) ? [] : [t.text];
  if (t.kind !== 'string' || !t.span || !/^[a-zA-Z]*[fF]/.test(t.text)) return [];
  const out: string[] = [];
  for (const field of text.slice(t.span.start, t.span.end).match(/\{[^{}]*\}/g) ?? []) {
    for (const name of field.match(/[\p{L}_][\p{L}\p{N}_]*/gu) ?? []) if (!KEYWORDS.has(name)) out.push(name);
  }
  return out;
}

/**
 * Which names a frame's locals can be, known from the source: the names each scope mentions,
 * the parameters a new call starts with, and the names one step from a line can bind.
 * Constrained decoding writes only these (StopGrammar), so a predicted frame never holds a
 * local that its code cannot have. Over-approximations, measured to hold on every stop of the
 * tracer's traces (bench/flow-soundness.ts).
 */
import type { Definition } from './program.js';
import type { LexToken, LogicalLine } from './py-lexer.js';

export const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
);

export class ScopeNames {
  private readonly byFrame = new Map<string, Set<string>>([['<module>', new Set()]]);
  private readonly byLine = new Map<number, Set<string>>();
  private readonly entries = new Map<string, Set<string> | null>();
  /** Names declared `global` or `nonlocal` anywhere: a call can bind them in another frame. */
  private readonly declared = new Set<string>();

  /** `text`: the source as the lexer read it (its string spans point into it). */
  constructor(text: string, lines: readonly LogicalLine[], defs: readonly Definition[]) {
    const yields: number[] = []; // lines that suspend a frame (its next run resumes with all its locals)
    for (const l of lines) {
      const names = lineNames(l, text);
      if (l.tokens.some((t) => t.text === 'yield' || t.text === 'await')) yields.push(l.first);
      const own = new Set(names);
      for (let n = l.first; n <= l.last; n++) this.byLine.set(n, own);
      if (l.tokens[0]?.text === 'global' || l.tokens[0]?.text === 'nonlocal') names.forEach((n) => this.declared.add(n));
      let inBody = false;
      for (const d of defs) {
        if (d.line <= l.first && l.first <= d.end) names.forEach((n) => this.add(d.name, n));
        if (d.line < l.first && l.first <= d.end) inBody = true;
      }
      // a def or class line binds only its name in the module (its parameters are the def's)
      const header = defs.find((d) => d.line === l.first);
      if (!inBody) (header ? [header.name] : names).forEach((n) => this.add('<module>', n));
      if (l.tokens[0]?.text === 'global') names.forEach((n) => this.add('<module>', n));
    }
    for (const d of defs) {
      if (d.kind !== 'def') continue;
      // a function nested in another may start with free variables too, a generator resumes
      // with all its locals: neither is listed
      const nested = defs.some((o) => o.kind === 'def' && o !== d && o.line < d.line && d.end <= o.end);
      const resumes = yields.some((n) => d.line < n && n <= d.end);
      const before = this.entries.get(d.name);
      const unknown = nested || resumes || before === null;
      this.entries.set(d.name, unknown ? null : new Set([...(before ?? []), ...d.params.map((p) => p.name)]));
    }
  }

  /** The names a frame called `name` can hold (its scope's lines mention them); undefined: not a frame the program defines. */
  ofFrame(name: string): ReadonlySet<string> | undefined {
    return this.byFrame.get(name);
  }

  /** The names a new call of `name` starts with (its parameters); undefined: not known. */
  atEntry(name: string): ReadonlySet<string> | undefined {
    return this.entries.get(name) ?? undefined;
  }

  /** The names one step of a frame from `line` can bind: those its statement mentions, and names declared global or nonlocal. */
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

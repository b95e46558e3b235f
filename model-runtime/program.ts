/**
 * What the runtime knows about a program without running it: the lines the model may stop
 * at, the frame and variable names that can appear, and where each function starts and
 * ends. Used by constrained decoding, source windowing and input prediction.
 */
import { sourceLines, type SourceLine } from './header.js';
import { lexPython, type LogicalLine, type SyntaxIssue } from './py-lexer.js';

/** Frame names the interpreter makes up (debugpy shows them as is). */
const SYNTHETIC_FRAMES = ['<module>', '<lambda>', '<listcomp>', '<dictcomp>', '<setcomp>', '<genexpr>'];
/** Comprehension frames hold their iterator in a variable named `.0` (Python ≤ 3.11). */
const SYNTHETIC_VARIABLES = ['.0'];

const KEYWORDS = new Set(
  ('False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield').split(' '),
);

export interface Definition {
  kind: 'def' | 'class';
  name: string;
  line: number; // the def/class line (decorators excluded)
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
  /** The first syntax problem the lexer found, if any. */
  readonly syntaxIssue: SyntaxIssue | null;

  constructor(readonly source: string) {
    this.lines = sourceLines(source);
    this.lineNumbers = new Set(this.lines.map((l) => l.number));
    const lexed = lexPython(source);
    this.syntaxIssue = lexed.error;
    this.definitions = definitionsOf(lexed.lines);
    this.frameNames = new Set([...SYNTHETIC_FRAMES, ...this.definitions.map((d) => d.name)]);
    const names = new Set(SYNTHETIC_VARIABLES);
    for (const l of lexed.lines) for (const t of l.tokens) if (t.kind === 'name' && !KEYWORDS.has(t.text)) names.add(t.text);
    this.variableNames = names;
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
    defs.push({
      kind: kw,
      name: name.text,
      line: toks[at]!.line,
      end,
      topLevel: l.indent === 0,
      params: kw === 'def' ? paramsOf(l) : [],
    });
  });
  return defs;
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

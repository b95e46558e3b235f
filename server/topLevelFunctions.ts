/**
 * The top-level functions of a Python source, from the runtime's lexer (so multi-line
 * strings and brackets do not confuse it): what the output/input predictions can call.
 */
import { lexPython } from '../model-runtime/index';

export interface TopLevelFunction {
  name: string;
  /** 1-based line of the `def`. */
  line: number;
  /** 1-based last line of the function's body (the line before the next top-level statement). */
  endLine: number;
  params: string[];
}

export function topLevelFunctions(source: string): TopLevelFunction[] {
  const lines = lexPython(source).lines;
  const found: TopLevelFunction[] = [];
  lines.forEach((l, i) => {
    if (l.indent !== 0) return;
    const t = l.tokens;
    const at = t[0]?.text === 'async' ? 1 : 0;
    const name = t[at + 1];
    if (t[at]?.text !== 'def' || name?.kind !== 'name') return;
    let end = i + 1;
    while (end < lines.length && lines[end]!.indent > 0) end++;
    found.push({ name: name.text, line: l.first, endLine: lines[end - 1]!.last, params: paramsOf(t.slice(at + 2).map((x) => x.text)) });
  });
  return found;
}

/** The top-level function whose definition holds `line` (1-based). */
export function functionAt(source: string, line: number): TopLevelFunction | undefined {
  return topLevelFunctions(source).find((f) => f.line <= line && line <= f.endLine);
}

/** Parameter names (with their `*`/`**`) from the tokens after the name: `( a , b = 1 , * c ) :`. */
function paramsOf(tokens: string[]): string[] {
  const params: string[] = [];
  let depth = 0;
  let expectName = true;
  let star = '';
  for (const text of tokens) {
    if (text === '(' || text === '[' || text === '{') {
      depth++;
      continue;
    }
    if (text === ')' || text === ']' || text === '}') {
      if (--depth === 0) break;
      continue;
    }
    if (depth !== 1) continue;
    if (text === ',') {
      expectName = true;
      star = '';
    } else if (expectName && (text === '*' || text === '**')) {
      star += text; // the lexer may give `**` as two `*`
    } else if (expectName && text !== '/' && /^[\p{L}_]/u.test(text)) {
      params.push(star + text);
      expectName = false;
    } else {
      expectName = false;
    }
  }
  return params;
}

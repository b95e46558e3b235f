/**
 * Writes test/fixtures/source_windows.json: source windows of long programs as the TypeScript
 * runtime builds them (model-runtime/program.ts, source-window.ts, prompt-header.ts), the
 * cases training/source_window.py must reproduce exactly (training/tests/test_source_window.py;
 * test/runtime/source-window.test.ts checks the runtime against the same file).
 *
 *   npx esbuild test/runtime/make-source-windows.ts --bundle --platform=node --packages=external \
 *     --log-level=warning --outfile=.cache/make-source-windows.cjs && node .cache/make-source-windows.cjs
 *
 * Token budgets are measured with the shipped tokenizer (models/default/tokenizer.json; its
 * sha256 is recorded, the tests refuse another). Each case also has a stand-in cost
 * (2 + ceil(length / 4) per line) that pins the choice of lines without any tokenizer.
 * Deterministic: same code, same file.
 */
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderHeader, type HeaderSpec } from '../../model-runtime/header.js';
import { ProgramInfo } from '../../model-runtime/program.js';
import { headerIds } from '../../model-runtime/prompt-header.js';
import { chooseShownLines, entryFocus, type Focus } from '../../model-runtime/source-window.js';
import type { ExceptionFilter } from '../../model-runtime/stop.js';
import { SegmentTokenizer } from '../../model-runtime/tokenizer.js';

// run from the repository root (the bundle lives in .cache/, so __dirname does not tell)
const ROOT = process.cwd();
if (!fs.existsSync(path.join(ROOT, 'model-runtime', 'source-window.ts'))) throw new Error('run this from the repository root');
const TOKENIZER = 'models/default/tokenizer.json';
const OUT = path.join(ROOT, 'test', 'fixtures', 'source_windows.json');

export const standInCost = (text: string): number => 2 + Math.ceil(text.length / 4);

interface CaseSpec {
  name: string;
  source: string;
  call?: string;
  breakpoints?: number[];
  exceptionFilters?: ExceptionFilter[];
  /** Frames outermost first; 'entry': the session's first window (entryFocus). */
  focus: [string, number][] | 'entry';
  maxHeader: number;
  standInBudget: number;
}

/** A long module of small functions, a class and script code, like people's scripts. */
function longModule(functions: number): string {
  const out: string[] = ['"""Inventory helpers."""', 'import math', '', 'LIMIT = 10', ''];
  for (let i = 0; i < functions; i++) {
    out.push(
      '',
      `def step_${i}(items, factor=${i + 1}):`,
      `    """Scale the items by ${i + 1}."""`,
      '    total = 0',
      '    for item in items:',
      `        if item % ${(i % 3) + 2} == 0:`,
      '            total += item * factor',
      '        else:',
      '            total -= 1  # odd ones cost one',
      '    return total',
    );
  }
  out.push(
    '',
    '',
    'class Shelf:',
    '    """A shelf of boxes."""',
    '',
    '    def __init__(self, boxes):',
    '        self.boxes = list(boxes)',
    '',
    '    def heaviest(self):',
    '        best = None',
    '        for box in self.boxes:',
    '            if best is None or box > best:',
    '                best = box',
    '        return best',
    '',
    '',
    'shelf = Shelf([3, 1, 4, 1, 5])',
    'print(shelf.heaviest())',
  );
  for (let i = 0; i < functions; i++) out.push(`print(step_${i}([${i}, ${i + 1}, ${i + 2}]))`);
  return out.join('\n') + '\n';
}

const INVENTORY = fs.readFileSync(path.join(ROOT, 'examples', 'inventory.py'), 'utf8');
const LONG = longModule(14);
const lineOf = (source: string, text: string, nth = 0): number => {
  const lines = source.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim().startsWith(text) && seen++ === nth) return i + 1;
  throw new Error(`no line ${text}`);
};

const SHORT = 'def total(xs):\n    t = 0\n    for x in xs:\n        t += x\n    return t\n\nprint(total([3, 1, 2]))\n';

const NESTED =
  [
    'def outer(words):',
    '    """Count the long words."""',
    '    seen = {}',
    '',
    '    def keep(word):',
    '        # only words longer than three letters',
    '        if len(word) > 3:',
    '            seen[word] = seen.get(word, 0) + 1',
    '            return True',
    '        return False',
    '',
    '    kept = [w for w in words if keep(w)]',
    '    return kept, seen',
    '',
    '',
    'class Counter:',
    '    """Counts things."""',
    '    start = 0',
    '',
    '    def __init__(self, start=0):',
    '        self.n = start',
    '',
    '    @property',
    '    def double(self):',
    '        return self.n * 2',
    '',
    '    def add(',
    '        self,',
    '        k: int = 1,',
    '        *rest,',
    '        **options,',
    '    ) -> int:',
    '        for r in rest:',
    '            k += r',
    '        self.n += k',
    '        return self.n',
    '',
    '    class Inner:',
    '        def ping(self):',
    '            return "pong"',
    '',
    '',
    'async def later(x):',
    '    return x',
    '',
    '',
    'c = Counter(2)',
    'c.add(1, 2, 3)',
    'print(outer(["tree", "a", "house", "tree"]), c.double, Counter.Inner().ping())',
  ].join('\n') + '\n';

const QUOTES =
  longModule(6).replace('LIMIT = 10', 'LIMIT = 10\nLABELS = {"ada": "first", "bob": "second"}  # "quoted"') +
  Array.from({ length: 12 }, (_, i) => `print(f"{LABELS['ada']} {step_${i % 6}([${i}])}", "done", 'kept')`).join('\n') + '\n';

const TABS =
  'def größe(wörter):\n\tn = 0\n\tfor w in wörter:\n\t\tif w:\n\t\t\tn += 1\n\treturn n\n\n' +
  Array.from({ length: 30 }, (_, i) => `wert_${i} = größe(["ä" * ${i}, "b"])  # Zeile ${i}`).join('\n') +
  '\nprint(wert_0)\n';

const CASES: CaseSpec[] = [
  { name: 'short program: everything shown', source: SHORT, focus: [['<module>', 7]], maxHeader: 320, standInBudget: 1000 },
  { name: 'short function mode: everything shown', source: SHORT, call: 'total([3, 1, 2])', focus: 'entry', maxHeader: 320, standInBudget: 1000 },
  { name: 'long module, script entry (first line)', source: LONG, focus: 'entry', maxHeader: 320, standInBudget: 150 },
  { name: 'long module, focus in <module> near the end', source: LONG, focus: [['<module>', lineOf(LONG, 'print(step_9(')]], maxHeader: 320, standInBudget: 150 },
  {
    name: 'long module, two frames: <module> calling a function',
    source: LONG,
    focus: [['<module>', lineOf(LONG, 'print(step_3(')], ['step_3', lineOf(LONG, 'total += item * factor', 3)]],
    maxHeader: 320,
    standInBudget: 150,
  },
  {
    name: 'long module, method of a class',
    source: LONG,
    focus: [['<module>', lineOf(LONG, 'print(shelf.heaviest())')], ['heaviest', lineOf(LONG, 'best = box')]],
    maxHeader: 320,
    standInBudget: 150,
  },
  {
    name: 'long module, function mode entry (first body line after the docstring)',
    source: LONG,
    call: 'step_7([1, 2, 3])',
    focus: 'entry',
    maxHeader: 320,
    standInBudget: 150,
  },
  {
    name: 'long module, input prediction: bare call, the exit has no frames',
    source: LONG,
    call: 'step_7',
    focus: [],
    maxHeader: 320,
    standInBudget: 150,
  },
  {
    name: 'long module, method call entry: no top-level function, first line',
    source: LONG,
    call: 'Shelf([1]).heaviest()',
    focus: 'entry',
    maxHeader: 320,
    standInBudget: 150,
  },
  {
    name: 'long module, tight budget',
    source: LONG,
    focus: [['<module>', lineOf(LONG, 'print(step_3(')], ['step_3', lineOf(LONG, 'total += item * factor', 3)]],
    maxHeader: 48,
    standInBudget: 20,
  },
  {
    name: 'long module, budget below the header overhead: no lines',
    source: LONG,
    call: 'step_7([1, 2, 3])',
    focus: 'entry',
    maxHeader: 12,
    standInBudget: 3,
  },
  {
    name: 'long module, breakpoints and exception filters take part of the budget',
    source: LONG,
    breakpoints: [lineOf(LONG, 'return total', 2), 12],
    exceptionFilters: ['raised', 'uncaught'],
    focus: [['<module>', lineOf(LONG, 'print(step_2(')], ['step_2', lineOf(LONG, 'return total', 2)]],
    maxHeader: 200,
    standInBudget: 100,
  },
  {
    name: 'inventory.py, three frames',
    source: INVENTORY,
    focus: [['<module>', 138], ['place', 69], ['take', 13]],
    maxHeader: 320,
    standInBudget: 200,
  },
  { name: 'inventory.py, snapshot budget (a big snapshot leaves less room)', source: INVENTORY, focus: [['<module>', 138]], maxHeader: 180, standInBudget: 90 },
  {
    name: 'nested function, comprehension frame inside it',
    source: NESTED,
    focus: [['<module>', lineOf(NESTED, 'print(outer(')], ['outer', lineOf(NESTED, 'kept = [')], ['<listcomp>', lineOf(NESTED, 'kept = [')], ['keep', lineOf(NESTED, 'seen[word] =')]],
    maxHeader: 90,
    standInBudget: 50,
  },
  {
    name: 'method with parameters over several lines',
    source: NESTED,
    focus: [['<module>', lineOf(NESTED, 'c.add(1, 2, 3)')], ['add', lineOf(NESTED, 'k += r')]],
    maxHeader: 90,
    standInBudget: 50,
  },
  {
    name: 'class body frame on its class line, nested class',
    source: NESTED,
    focus: [['<module>', lineOf(NESTED, 'class Counter:')], ['Counter', lineOf(NESTED, 'class Inner:')], ['Inner', lineOf(NESTED, 'def ping')]],
    maxHeader: 80,
    standInBudget: 40,
  },
  { name: 'function mode entry of a nested-function program', source: NESTED, call: 'outer(["tree"])', focus: 'entry', maxHeader: 80, standInBudget: 40 },
  {
    name: 'double quotes: costs measured on the source, rendered in single quotes',
    source: QUOTES,
    focus: [['<module>', lineOf(QUOTES, 'print(f"', 4)], ['step_4', lineOf(QUOTES, 'return total', 4)]],
    maxHeader: 220,
    standInBudget: 110,
  },
  { name: 'tabs and non-ASCII names', source: TABS, call: 'größe(["a"])', focus: 'entry', maxHeader: 120, standInBudget: 60 },
  { name: 'tabs, focus in the module code', source: TABS, focus: [['<module>', 20]], maxHeader: 120, standInBudget: 60 },
];

function main(): void {
  const tokenizerJson = fs.readFileSync(path.join(ROOT, TOKENIZER));
  const tokenizer = new SegmentTokenizer(JSON.parse(tokenizerJson.toString('utf8')) as object);
  const names = new Set<string>();
  const cases = CASES.map((c) => {
    if (names.has(c.name)) throw new Error(`duplicate case ${c.name}`);
    names.add(c.name);
    const program = new ProgramInfo(c.source);
    if (program.syntaxIssue) throw new Error(`${c.name}: ${program.syntaxIssue.message}`);
    const spec: HeaderSpec = { source: c.source, call: c.call, breakpoints: c.breakpoints, exceptionFilters: c.exceptionFilters };
    const focus: Focus = c.focus === 'entry' ? entryFocus(program, c.call) : { frames: c.focus.map(([name, line]) => ({ name, line })) };
    const header = headerIds(tokenizer, spec, program, focus, c.maxHeader);
    const full = tokenizer.encode(renderHeader(spec)).length;
    const standIn = chooseShownLines(program, focus, c.standInBudget, (l) => standInCost(l.text));
    return {
      name: c.name,
      source: c.source,
      call: c.call ?? null,
      breakpoints: c.breakpoints ?? [],
      exception_filters: c.exceptionFilters ?? [],
      focus_is_entry: c.focus === 'entry',
      focus: focus.frames.map((f) => [f.name, f.line]),
      entry_stack: program.entryStack(c.call)?.map((f) => [f.name, f.line]) ?? null,
      definitions: program.definitions.map((d) => ({
        kind: d.kind, name: d.name, line: d.line, header_end: d.headerEnd, end: d.end, top_level: d.topLevel,
        params: d.params.map((p) => [p.name, p.star]),
      })),
      stand_in_budget: c.standInBudget,
      stand_in_shown: [...standIn].sort((a, b) => a - b),
      max_header: c.maxHeader,
      full_header_tokens: full,
      shown: header.shown === undefined ? null : [...header.shown].sort((a, b) => a - b),
      header_text: renderHeader(spec, header.shown).join(''),
      header_ids: header.ids,
    };
  });
  const windowed = cases.filter((c) => c.shown !== null).length;
  if (windowed < cases.length - 3) throw new Error(`only ${windowed} of ${cases.length} cases are windowed`);
  const out = {
    about: 'Source windows as model-runtime/ builds them; made by test/runtime/make-source-windows.ts, checked by ' +
      'test/runtime/source-window.test.ts and training/tests/test_source_window.py.',
    tokenizer: TOKENIZER,
    tokenizer_sha256: crypto.createHash('sha256').update(tokenizerJson).digest('hex'),
    stand_in_cost: '2 + ceil(len(text) / 4) per source line',
    cases,
  };
  fs.writeFileSync(OUT, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${path.relative(ROOT, OUT)}: ${cases.length} cases, ${windowed} windowed`);
}

main();

/** Canonical value parsing, canonical rendering, children and expressions (no model needed). */
import { describe, expect, it } from 'vitest';
import { canonical, floatRepr, strRepr } from '../../adapter/canonicalValue.js';
import { EvaluationError, follow, parseExpression } from '../../adapter/expression.js';
import { childExpression, childrenOf } from '../../adapter/valueChildren.js';
import { parseValue, typeName, type ValueNode } from '../../adapter/valueParser.js';

/** A node as a plain tree of texts, for readable expectations. */
function shape(text: string, node: ValueNode | null = parseValue(text)): unknown {
  if (node === null) return null;
  const children = childrenOf(node, text);
  if (children.length === 0) return `${typeName(node)}:${text.slice(node.start, node.end)}`;
  return { [typeName(node)]: children.map((c) => [c.name, shape(text, c.node)]) };
}

describe('value parser', () => {
  it('reads containers and objects into children', () => {
    expect(shape("[1, 'a', None]")).toEqual({ list: [['0', 'int:1'], ['1', "str:'a'"], ['2', 'NoneType:None']] });
    expect(shape('(1,)')).toEqual({ tuple: [['0', 'int:1']] });
    expect(shape("{'k': [2], 3: (4, 5)}")).toEqual({
      dict: [["'k'", { list: [['0', 'int:2']] }], ['3', { tuple: [['0', 'int:4'], ['1', 'int:5']] }]],
    });
    expect(shape("{1, 3, 'a'}")).toEqual({ set: [['0', 'int:1'], ['1', 'int:3'], ['2', "str:'a'"]] });
    expect(shape("frozenset({'x'})")).toEqual({ frozenset: [['0', "str:'x'"]] });
    expect(shape("Point(x=1, y=Point(x=-2.5, y='s'))")).toEqual({
      Point: [['x', 'int:1'], ['y', { Point: [['x', 'float:-2.5'], ['y', "str:'s'"]] }]],
    });
  });

  it('keeps empty containers, reprs and recursion markers as leaves', () => {
    for (const [text, type] of [
      ['[]', 'list'], ['()', 'tuple'], ['{}', 'dict'], ['set()', 'set'], ['frozenset()', 'frozenset'], ['Point()', 'Point'],
      ['<Point object>', 'Point'], ['<generator object gen>', 'generator'], ["<module 'math'>", 'module'], ["<class 'int'>", 'type'],
      ["Counter({'a': 2})", 'Counter'], ['[...]', 'list'], ['{...}', 'dict'], ['Node(...)', 'Node'],
      ['(1+2j)', 'complex'], ['-3j', 'complex'], ['1e+16', 'float'], ['-inf', 'float'], ['nan', 'float'], ['True', 'bool'],
      ["b'\\x00a'", 'bytes'], ['0x1F', 'int'], ['1_000', 'int'], ['Ellipsis', 'ellipsis'],
    ] as const) {
      const node = parseValue(text);
      expect(node, text).not.toBeNull();
      expect(typeName(node!), text).toBe(type);
      expect(childrenOf(node!, text), text).toEqual([]);
    }
  });

  it('decodes string escapes', () => {
    const node = parseValue(String.raw`'a\'b\n\x41\u00e9\\'`);
    expect(node).toMatchObject({ kind: 'leaf', type: 'str', value: "a'b\nAé\\" });
    expect(parseValue(`"it's"`)).toMatchObject({ value: "it's" });
  });

  it('rejects what repr would not write: cut values, garbage, trailing text', () => {
    const cut = `[${Array.from({ length: 40 }, (_, i) => i).join(', ')}`.slice(0, 97) + '...';
    for (const text of [cut, "'abc", '[1, 2', '[1 2]', '(1)', 'x', '1 2', '', '{1: }', 'Point(x=)', "'a' 'b'", 'info', '<oops']) {
      expect(parseValue(text), text).toBeNull();
    }
  });
});

describe('canonical rendering', () => {
  it("writes what Python's repr (canon.py) writes", () => {
    const cases: [string, string][] = [
      ['[1,2]', '[1, 2]'],
      ['{"k":1}', "{'k': 1}"],
      ['"a"', "'a'"],
      [`"it's"`, `"it's"`],
      [`'both \\' and "'`, `'both \\' and "'`],
      ['(1 ,)', '(1,)'],
      ['{3, 1, "b", "a", (2,)}', "{1, 3, 'a', 'b', (2,)}"],
      ['0x10', '16'],
      ['+7', '7'],
      ['1.50', '1.5'],
      ['1e16', '1e+16'],
      ['0.0001', '0.0001'],
      ['0.00001', '1e-05'],
      ['123456789012345.0', '123456789012345.0'],
      ['Point(x = 1,y="s")', "Point(x=1, y='s')"],
      ["frozenset({2, 1})", 'frozenset({1, 2})'],
    ];
    for (const [typed, want] of cases) expect(canonical(parseValue(typed)!, typed), typed).toBe(want);
  });

  it('escapes unprintable characters as repr does', () => {
    expect(strRepr('a\tb\u00a0\u2028\x7f')).toBe("'a\\tb\\xa0\\u2028\\x7f'");
    expect(floatRepr(-0)).toBe('-0.0');
    expect(floatRepr(2 ** 60)).toBe('1.152921504606847e+18');
  });
});

describe('expressions over predicted values', () => {
  const data = "{'k': [1, [2, 3]], 2: Point(x=1, y=(4, 5)), (1, 'a'): 'tuple key'}";

  it('parses names, attributes and indexes', () => {
    expect(parseExpression(" d['k'][1] ")).toMatchObject({ name: 'd', steps: [{ kind: 'index', keyText: "'k'" }, { kind: 'index', keyText: '1' }] });
    expect(parseExpression('p.x.y')).toMatchObject({ name: 'p', steps: [{ kind: 'attr', name: 'x' }, { kind: 'attr', name: 'y' }] });
    for (const bad of ['len(xs)', 'a + b', 'xs[1:2]', 'xs[', '1', "d['k'", 'x.', 'x = 1', 'xs[i]']) expect(parseExpression(bad), bad).toBeNull();
  });

  it('follows accesses and reports Python-like errors', () => {
    const at = (expr: string) => {
      const e = parseExpression(`d${expr}`)!;
      const r = follow(data, e.steps, 'd');
      return data.slice(r.node!.start, r.node!.end);
    };
    expect(at("['k'][1][-1]")).toBe('3');
    expect(at('["k"][0]')).toBe('1');
    expect(at('[2].y[0]')).toBe('4');
    expect(at('[2.0].x')).toBe('1');
    expect(at("[(1, 'a')]")).toBe("'tuple key'");
    const fails = (expr: string, message: RegExp) => expect(() => at(expr)).toThrow(message);
    fails("['nope']", /KeyError: 'nope'/);
    fails("['k'][5]", /IndexError: list index out of range/);
    fails("['k']['a']", /list indices must be integers/);
    fails('[2].z', /'Point' object has no attribute 'z'/);
    fails("['k'][0][0]", /'int' object is not subscriptable/);
    expect(() => follow('[1, 2', [{ kind: 'attr', name: 'x' }], 'xs')).toThrow(EvaluationError);
    expect(follow('[1, 2', [], 'xs').node).toBeNull();
  });

  it('names each child with the expression that reaches it', () => {
    const node = parseValue(data)!;
    const names = childrenOf(node, data).map((c) => childExpression('d', c));
    expect(names).toEqual(["d['k']", 'd[2]', "d[(1, 'a')]"]);
    const set = parseValue('{1, 2}')!;
    expect(childrenOf(set, '{1, 2}').map((c) => childExpression('s', c))).toEqual([undefined, undefined]);
  });
});

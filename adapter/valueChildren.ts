/**
 * The children of a parsed value as the Variables view lists them (debugpy's names: list
 * indexes `0`, `1`; dict keys as their repr `'k'`; attribute names), with the Python
 * expression that reaches each one from its parent.
 */
import type { ValueNode } from './valueParser.js';

export type Access =
  | { kind: 'index'; index: number } // list, tuple
  | { kind: 'key'; key: ValueNode } // dict
  | { kind: 'attr'; name: string } // object
  | { kind: 'element' }; // set, frozenset: not addressable in Python

export interface Child {
  name: string;
  node: ValueNode;
  access: Access;
}

export function childrenOf(node: ValueNode, text: string): Child[] {
  switch (node.kind) {
    case 'leaf':
      return [];
    case 'list':
    case 'tuple':
      return node.items.map((n, index) => ({ name: String(index), node: n, access: { kind: 'index', index } }));
    case 'set':
    case 'frozenset':
      return node.items.map((n, i) => ({ name: String(i), node: n, access: { kind: 'element' } }));
    case 'dict':
      return node.entries.map((e) => ({ name: text.slice(e.key.start, e.key.end), node: e.value, access: { kind: 'key', key: e.key } }));
    case 'object':
      return node.attrs.map((a) => ({ name: a.name, node: a.value, access: { kind: 'attr', name: a.name } }));
  }
}

/** The expression for a child given its parent's expression; undefined for set elements. */
export function childExpression(parent: string, child: Child): string | undefined {
  switch (child.access.kind) {
    case 'index':
      return `${parent}[${child.access.index}]`;
    case 'key':
      return `${parent}[${child.name}]`;
    case 'attr':
      return `${parent}.${child.access.name}`;
    case 'element':
      return undefined;
  }
}

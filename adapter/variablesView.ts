/**
 * The Variables view, hovers and watches of a predicted stop in DAP terms: scopes, variables
 * with expandable children, evaluation of names/attributes/indexes, and the text a variable
 * edit writes into the stop.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { FrameState, StopState } from '../model-runtime/index.js';
import { canonical } from './canonicalValue.js';
import { evaluatePython } from './evaluator/evaluate.js';
import { repr, typeName as pyTypeName } from './evaluator/values.js';
import { EvaluationError, follow, parseExpression } from './expression.js';
import { childExpression, childrenOf } from './valueChildren.js';
import { parseValue, typeName, type ValueNode } from './valueParser.js';
import type { Handle, ScopeKind, ValueRoot, VariableStore } from './variableStore.js';

/** A request the current stop cannot answer (stale handle, bad argument): an error response. */
export class ViewError extends Error {
  override name = 'ViewError';
}

/** The longest value the model's format holds (docs/trace-format.md, "Canonical values"). */
const MAX_VALUE_CHARS = 100;
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export interface ShownStop {
  stop: StopState;
  /** At a return stop: the function that returned, when known. */
  returned: string | null;
}

type ValueHandle = Extract<Handle, { kind: 'value' }>;

interface Resolved {
  rootText: string;
  /** null: the value does not parse (a leaf). */
  node: ValueNode | null;
  evaluateName: string | undefined;
}

/** An edit ready for NeuralRuntime.setVariable, and what the client shows for it. */
export interface PreparedEdit {
  frame: number;
  name: string;
  rootText: string;
  shown: DebugProtocol.SetVariableResponse['body'];
}

export class VariablesView {
  constructor(private readonly store: VariableStore) {}

  scopes(shown: ShownStop, frame: number): DebugProtocol.Scope[] {
    frameOf(shown.stop, frame);
    const scopes: DebugProtocol.Scope[] = [
      { name: 'Locals', presentationHint: 'locals', variablesReference: this.store.id({ kind: 'scope', frame, scope: 'locals' }), expensive: false },
    ];
    if (shown.stop.stack[0]?.name === '<module>') {
      scopes.push({ name: 'Globals', variablesReference: this.store.id({ kind: 'scope', frame: 0, scope: 'globals' }), expensive: false });
    }
    return scopes;
  }

  variables(shown: ShownStop, reference: unknown): DebugProtocol.Variable[] {
    const handle = this.store.get(reference);
    if (handle?.kind === 'scope') return this.scopeVariables(shown, handle.frame, handle.scope);
    if (handle?.kind === 'value') return this.children(shown, handle);
    throw new ViewError(`unknown or stale variablesReference ${JSON.stringify(reference)}: the stop has changed since it was given`);
  }

  /** `frame` is the frame the expression is evaluated in (outermost 0). */
  evaluate(shown: ShownStop, frame: number, expression: string): DebugProtocol.EvaluateResponse['body'] {
    const parsed = parseExpression(expression);
    if (!parsed) {
      // Not a plain access path (which stays expandable below): computed over the predicted values.
      if (expression.trim() === '') throw new EvaluationError('an empty expression has no value');
      const value = evaluatePython(expression, (name) => nameValue(shown.stop, frame, name));
      return { result: repr(value), type: pyTypeName(value), variablesReference: 0 };
    }
    const { scopeFrame, scope, rootText } = lookUp(shown.stop, frame, parsed.name);
    const reached = follow(rootText, parsed.steps, parsed.name);
    const handle: ValueHandle = { kind: 'value', frame: scopeFrame, scope, root: { kind: 'variable', name: parsed.name }, path: reached.path };
    const text = reached.node ? rootText.slice(reached.node.start, reached.node.end) : rootText;
    return {
      result: text,
      ...(reached.node ? { type: typeName(reached.node) } : {}),
      variablesReference: this.referenceIfExpandable(reached.node, rootText, handle),
    };
  }

  /** Check an edit of variable `name` in the scope or container `reference` to `value`. */
  prepareEdit(shown: ShownStop, reference: unknown, name: string, value: string): PreparedEdit {
    const parsed = parseValue(value.trim());
    if (!parsed) {
      throw new ViewError(
        `cannot set ${name}: ${value} is not a value the neural debugger can hold ` +
          `(literals like 3, 'text', [1, 2], {'k': 1}, Point(x=1, y=2))`,
      );
    }
    const text = canonical(parsed, value.trim());
    const handle = this.store.get(reference);
    let edit: Omit<PreparedEdit, 'shown'>;
    let child: ValueHandle;
    if (handle?.kind === 'scope') {
      // A name the frame lacks is added: a what-if the next prediction is conditioned on.
      if (name.startsWith('(return)')) throw new ViewError('the return value cannot be set');
      if (!IDENTIFIER.test(name)) throw new ViewError(`cannot set ${name}: not a variable name`);
      const frame = handle.scope === 'globals' ? 0 : handle.frame;
      frameOf(shown.stop, frame);
      edit = { frame, name, rootText: text };
      child = { kind: 'value', frame, scope: handle.scope, root: { kind: 'variable', name }, path: [] };
    } else if (handle?.kind === 'value') {
      const parent = this.resolve(shown, handle);
      if (handle.root.kind === 'return') throw new ViewError('the return value cannot be set');
      if (!parent.node) throw new ViewError(`cannot set ${name}: the value it is part of cannot be read`);
      const children = childrenOf(parent.node, parent.rootText);
      const index = children.findIndex((c) => c.name === name);
      if (index < 0) throw new ViewError(`cannot set ${name}: no such item`);
      if (parent.node.kind === 'tuple' || parent.node.kind === 'set' || parent.node.kind === 'frozenset') {
        throw new ViewError(`cannot set ${name}: '${parent.node.kind}' object does not support item assignment`);
      }
      const old = children[index]!.node;
      const rootText = parent.rootText.slice(0, old.start) + text + parent.rootText.slice(old.end);
      edit = { frame: handle.frame, name: handle.root.name, rootText };
      child = { ...handle, path: [...handle.path, index] };
    } else {
      throw new ViewError(`unknown or stale variablesReference ${JSON.stringify(reference)}: the stop has changed since it was given`);
    }
    if (edit.rootText.length > MAX_VALUE_CHARS) {
      throw new ViewError(`cannot set ${name}: the value would be longer than the ${MAX_VALUE_CHARS} characters a value has in the model's format`);
    }
    return { ...edit, shown: { value: text, type: typeName(parsed), variablesReference: this.referenceIfExpandable(parsed, text, child) } };
  }

  // ---------------------------------------------------------------------------- internals
  private scopeVariables(shown: ShownStop, frame: number, scope: ScopeKind): DebugProtocol.Variable[] {
    const { stop } = shown;
    const vars: DebugProtocol.Variable[] = [];
    const top = stop.stack.length - 1;
    if (scope === 'locals' && frame === top && stop.kind === 'return' && stop.value !== null) {
      const root: ValueRoot = { kind: 'return' };
      const name = shown.returned ? `(return) ${shown.returned}` : '(return)';
      vars.push(this.variable(name, stop.value, { kind: 'value', frame, scope, root, path: [] }, undefined));
    }
    for (const [name, text] of Object.entries(frameOf(stop, frame).locals)) {
      vars.push(this.variable(name, text, { kind: 'value', frame, scope, root: { kind: 'variable', name }, path: [] }, name));
    }
    return vars;
  }

  private children(shown: ShownStop, handle: ValueHandle): DebugProtocol.Variable[] {
    const parent = this.resolve(shown, handle);
    if (!parent.node) return [];
    return childrenOf(parent.node, parent.rootText).map((c, i) => {
      const text = parent.rootText.slice(c.node.start, c.node.end);
      const evaluateName = parent.evaluateName === undefined ? undefined : childExpression(parent.evaluateName, c);
      return this.variable(c.name, text, { ...handle, path: [...handle.path, i] }, evaluateName, c.node, parent.rootText);
    });
  }

  private variable(
    name: string,
    text: string,
    handle: ValueHandle,
    evaluateName: string | undefined,
    node: ValueNode | null = parseValue(text),
    nodeText = text,
  ): DebugProtocol.Variable {
    return {
      name,
      value: text,
      ...(node ? { type: typeName(node) } : {}),
      variablesReference: this.referenceIfExpandable(node, nodeText, handle),
      ...(evaluateName !== undefined ? { evaluateName } : {}),
    };
  }

  private referenceIfExpandable(node: ValueNode | null, text: string, handle: ValueHandle): number {
    return node && childrenOf(node, text).length > 0 ? this.store.id(handle) : 0;
  }

  /** The value a handle names in the current stop. */
  private resolve(shown: ShownStop, handle: ValueHandle): Resolved {
    const { stop } = shown;
    const frame = frameOf(stop, handle.frame);
    const rootText = handle.root.kind === 'return' ? stop.value : frame.locals[handle.root.name];
    if (rootText === undefined || rootText === null) throw new ViewError('stale variablesReference: the variable is gone');
    let node = parseValue(rootText);
    let evaluateName = handle.root.kind === 'variable' ? handle.root.name : undefined;
    for (const i of handle.path) {
      const child = node ? childrenOf(node, rootText)[i] : undefined;
      if (!child) throw new ViewError('stale variablesReference: the value has changed');
      evaluateName = evaluateName === undefined ? undefined : childExpression(evaluateName, child);
      node = child.node;
    }
    return { rootText, node, evaluateName };
  }
}

function frameOf(stop: StopState, frame: number): FrameState {
  const f = stop.stack[frame];
  if (!f) throw new ViewError(`no frame ${frame} at this stop`);
  return f;
}

/** A name's canonical value in `frame` (its locals, then the module's), or undefined. */
export function nameValue(stop: StopState, frame: number, name: string): string | undefined {
  return findName(stop, frame, name)?.rootText;
}

type NamePlace = { scopeFrame: number; scope: ScopeKind; rootText: string };

/** Where a name is: the frame's locals, then the module frame's (its globals). */
function lookUp(stop: StopState, frame: number, name: string): NamePlace {
  const place = findName(stop, frame, name);
  if (!place) throw new EvaluationError(`NameError: name '${name}' is not defined at this stop`);
  return place;
}

function findName(stop: StopState, frame: number, name: string): NamePlace | undefined {
  const local = frameOf(stop, frame).locals[name];
  if (local !== undefined) return { scopeFrame: frame, scope: 'locals', rootText: local };
  const module = stop.stack[0];
  const global = module?.name === '<module>' ? module.locals[name] : undefined;
  return global !== undefined ? { scopeFrame: 0, scope: 'globals', rootText: global } : undefined;
}

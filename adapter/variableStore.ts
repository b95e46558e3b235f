/**
 * DAP handles (frame ids, variablesReference) for the stop on display. A handle names a place
 * (frame, scope, variable, path of child indices), not a value: it is resolved against the
 * current stop when used, so an edit (setVariable) keeps the handles the client holds. Moving to
 * another stop drops them all; ids are never reused, so a handle of an earlier stop is
 * reported as stale instead of silently naming something else.
 */

export type ScopeKind = 'locals' | 'globals';

/** Frame indexes count from the outermost frame (0), as StopState.stack does. */
export type Handle =
  | { kind: 'frame'; frame: number }
  | { kind: 'scope'; frame: number; scope: ScopeKind }
  | { kind: 'value'; frame: number; scope: ScopeKind; root: ValueRoot; path: readonly number[] };

/** A variable of a frame, or the return value a return stop shows. */
export type ValueRoot = { kind: 'variable'; name: string } | { kind: 'return' };

/** Ids for handles: the same id for equal handles until reset, never reused after. */
export class HandleTable<H> {
  private nextId = 1;
  private readonly byId = new Map<number, H>();
  private readonly byKey = new Map<string, number>();

  /** Drop every handle (the program moved to another stop). */
  reset(): void {
    this.byId.clear();
    this.byKey.clear();
  }

  /** The id of `handle`, the same one for equal handles until the next reset. */
  id(handle: H): number {
    const key = JSON.stringify(handle);
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.nextId++;
      this.byKey.set(key, id);
      this.byId.set(id, handle);
    }
    return id;
  }

  get(id: unknown): H | undefined {
    return typeof id === 'number' ? this.byId.get(id) : undefined;
  }
}

export class VariableStore extends HandleTable<Handle> {}

/**
 * The state a debugger shows when it pauses: the shared shape of predicted stops (model
 * runtime) and real stops (debugpy backend), so compare mode can diff them field by field.
 * It mirrors `Stop.to_json()` of training/semantics.py. All values are canonical strings
 * (docs/trace-format.md, "Canonical values").
 */
export type StopKind = 'line' | 'return' | 'exception' | 'exit';

export interface FrameState {
  /** Function name as the debugger shows it (`<module>`, `f`, `__init__`, `<lambda>`). */
  name: string;
  /** 1-based line about to run (for callers: the line of the call in progress). */
  line: number;
  /** Canonical value string of each variable the debugger lists, by name. */
  locals: Record<string, string>;
}

export interface StopState {
  kind: StopKind;
  /** Frames of user code, outermost first; empty at `exit`. */
  stack: FrameState[];
  /** `return`: the value the function just returned; `exit` of an entry call: its result. */
  value: string | null;
  /** `[type name, message]` of the exception at an exception stop, an exceptional return, or an uncaught exit. */
  exception: [string, string] | null;
  /** Text printed to stdout since the previous stop. */
  stdout: string;
  /**
   * `exit` of a real run: the process's exit status as debugpy reports it (`os._exit(3)` gives
   * 3 with no exception to show it). Absent in predictions: the trace format has no such field.
   */
  exitCode?: number;
}

/** Debugger actions, named as in training/semantics.py. */
export const FORWARD_ACTIONS = ['step_into', 'step_over', 'step_out', 'continue'] as const;
export const INVERSE_ACTIONS = ['back_into', 'back_over', 'back_out', 'back_to_call'] as const;
export type ForwardAction = (typeof FORWARD_ACTIONS)[number];
export type InverseAction = (typeof INVERSE_ACTIONS)[number];
export type Action = ForwardAction | InverseAction;
export type ExceptionFilter = 'raised' | 'uncaught';

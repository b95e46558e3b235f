/**
 * The answers to a compare session's inspection requests for the record on display. At the
 * latest stop (`live`) debugpy is stopped there and answers itself (forwarded, ids
 * translated); in the history debugpy is elsewhere, so the recorded real stop answers, shown
 * as neural mode shows a stop (variablesView.ts). Either way each frame gets its Predicted
 * scope right after Locals.
 */
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExceptionFilter } from '../../model-runtime/index.js';
import type { ComparisonRecord } from '../compare/record.js';
import { VariableStore } from '../variableStore.js';
import { VariablesView, type ShownStop } from '../variablesView.js';
import { Handles, type CompareHandle } from './handles.js';
import { PREDICTED_SCOPE, predictedVariables } from './predictedScope.js';
import { RequestError } from '../requestError.js';

/** The record on display; `live` when it is the latest, where debugpy is stopped. */
export interface Shown {
  record: ComparisonRecord;
  live: boolean;
}

/** A request to debugpy (one at a time, see serialRequests.ts). */
export type Forward = <T>(command: string, args: object) => Promise<T>;

export class Inspection {
  private readonly handles = new Handles();
  private readonly recordedStore = new VariableStore();
  private readonly recordedView = new VariablesView(this.recordedStore);

  constructor(
    private readonly forward: Forward,
    /** Absolute path of the program (recorded frames are in it). */
    private readonly program: string,
    /** A line number as the client counts (debugpy and the records count from 1). */
    private readonly clientLine: (line: number) => number,
  ) {}

  /** Another stop is on display: every id given out so far is stale. */
  reset(): void {
    this.handles.reset();
    this.recordedStore.reset();
  }

  async stackTrace({ record, live }: Shown, args: DebugProtocol.StackTraceArguments, threadId: number): Promise<DebugProtocol.StackTraceResponse['body']> {
    const depth = record.real.stack.length;
    const start = nonNegative(args.startFrame, 'startFrame') ?? 0;
    const levels = nonNegative(args.levels, 'levels') || depth;
    if (live) {
      const body = await this.forward<DebugProtocol.StackTraceResponse['body']>('stackTrace', { ...args, threadId });
      // Frames pair with the record's by position from the outermost, as the verdict pairs them.
      const stackFrames = body.stackFrames.map((f, i) => ({
        ...f,
        id: this.handles.id({ kind: 'frame', frame: depth - 1 - (start + i), debugpyId: f.id }),
        line: this.clientLine(f.line),
      }));
      return { ...body, stackFrames };
    }
    const frames = record.real.stack.map((f, frame) => ({
      id: this.handles.id({ kind: 'frame', frame, debugpyId: null }),
      name: f.name,
      source: { name: path.basename(this.program), path: this.program },
      line: this.clientLine(f.line),
      column: 1,
    }));
    frames.reverse(); // DAP lists the innermost frame first
    return { stackFrames: frames.slice(start, start + levels), totalFrames: depth };
  }

  async scopes({ record, live }: Shown, args: DebugProtocol.ScopesArguments): Promise<DebugProtocol.ScopesResponse['body']> {
    const frame = this.frameHandle(args?.frameId);
    let scopes: DebugProtocol.Scope[];
    if (live) {
      const body = await this.forward<DebugProtocol.ScopesResponse['body']>('scopes', { frameId: frame.debugpyId });
      scopes = body.scopes.map((s) => ({ ...s, variablesReference: this.handles.wrap('debugpy', s.variablesReference) }));
    } else {
      scopes = this.recordedView.scopes(recordedStop(record), frame.frame).map((s) => ({ ...s, variablesReference: this.handles.wrap('recorded', s.variablesReference) }));
    }
    const predicted: DebugProtocol.Scope = { name: PREDICTED_SCOPE, variablesReference: this.handles.id({ kind: 'predicted', frame: frame.frame }), expensive: false };
    const locals = scopes.findIndex((s) => s.name === 'Locals');
    scopes.splice(locals + 1 || scopes.length, 0, predicted);
    return { scopes };
  }

  async variables({ record }: Shown, args: DebugProtocol.VariablesArguments): Promise<DebugProtocol.VariablesResponse['body']> {
    const handle = this.variablesHandle(args?.variablesReference);
    if (handle.kind === 'debugpy') {
      const body = await this.forward<DebugProtocol.VariablesResponse['body']>('variables', { ...args, variablesReference: handle.ref });
      return { variables: body.variables.map((v) => ({ ...v, variablesReference: this.handles.wrap('debugpy', v.variablesReference) })) };
    }
    const variables =
      handle.kind === 'recorded'
        ? this.recordedView.variables(recordedStop(record), handle.ref).map((v) => ({ ...v, variablesReference: this.handles.wrap('recorded', v.variablesReference) }))
        : predictedVariables(record, handle.frame);
    const start = nonNegative(args?.start, 'start') ?? 0;
    const count = nonNegative(args?.count, 'count') || variables.length;
    return { variables: variables.slice(start, start + count) };
  }

  /** debugpy's variables only, at the latest stop. */
  async setVariable({ live }: Shown, args: DebugProtocol.SetVariableArguments): Promise<DebugProtocol.SetVariableResponse['body']> {
    const handle = this.variablesHandle(args?.variablesReference);
    if (handle.kind === 'predicted') throw new RequestError('the Predicted scope shows what the model predicted: edit the variable in Locals');
    if (!live || handle.kind !== 'debugpy') throw new RequestError(historyMessage('variables can only be set at the latest stop, where the program is'));
    const body = await this.forward<DebugProtocol.SetVariableResponse['body']>('setVariable', { ...args, variablesReference: handle.ref });
    return { ...body, variablesReference: this.handles.wrap('debugpy', body.variablesReference) };
  }

  /** Forwarded at the latest stop; in the history, computed over the recorded values by the safe evaluator (never by the program). */
  async evaluate({ record, live }: Shown, args: DebugProtocol.EvaluateArguments): Promise<DebugProtocol.EvaluateResponse['body']> {
    if (typeof args?.expression !== 'string') throw new RequestError('evaluate: expression must be a string');
    const frame = args.frameId === undefined ? null : this.frameHandle(args.frameId);
    if (live) {
      const body = await this.forward<DebugProtocol.EvaluateResponse['body']>('evaluate', { ...args, frameId: frame?.debugpyId ?? undefined });
      return { ...body, variablesReference: this.handles.wrap('debugpy', body.variablesReference) };
    }
    const body = this.recordedView.evaluate(recordedStop(record), frame?.frame ?? record.real.stack.length - 1, args.expression);
    return { ...body, variablesReference: this.handles.wrap('recorded', body.variablesReference) };
  }

  async exceptionInfo({ record, live }: Shown, threadId: number, filters: readonly ExceptionFilter[]): Promise<DebugProtocol.ExceptionInfoResponse['body']> {
    if (live) return this.forward<DebugProtocol.ExceptionInfoResponse['body']>('exceptionInfo', { threadId });
    if (record.real.kind !== 'exception' || !record.real.exception) throw new RequestError('no exception at this stop');
    const [type, message] = record.real.exception;
    // The post-mortem stop (filter "uncaught") is an unhandled exception; a raise stop is "always".
    return { exceptionId: type, description: message, breakMode: filters.includes('raised') ? 'always' : 'unhandled', details: { typeName: type, message } };
  }

  private frameHandle(frameId: unknown): Extract<CompareHandle, { kind: 'frame' }> {
    const handle = this.handles.get(frameId);
    if (handle?.kind !== 'frame') throw staleHandle('frameId', frameId);
    return handle;
  }

  private variablesHandle(reference: unknown): Exclude<CompareHandle, { kind: 'frame' }> {
    const handle = this.handles.get(reference);
    if (handle === undefined || handle.kind === 'frame') throw staleHandle('variablesReference', reference);
    return handle;
  }
}

/** The recorded real stop as the neural Variables view shows a stop (Locals, Globals, children). */
function recordedStop(record: ComparisonRecord): ShownStop {
  const { real } = record;
  return { stop: real, returned: real.kind === 'return' ? (real.stack[real.stack.length - 1]?.name ?? null) : null };
}

function historyMessage(what: string): string {
  return `stepped back into the history, where debugpy is not: ${what}; step forward to the latest stop to use the running program`;
}

function staleHandle(name: string, value: unknown): RequestError {
  return new RequestError(`unknown or stale ${name} ${JSON.stringify(value)}: the stop has changed since it was given`);
}

function nonNegative(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new RequestError(`${name} must be a non-negative integer`);
  return value;
}

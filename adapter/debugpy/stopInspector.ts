/**
 * Describes the place debugpy stopped at as a StopState: the stack of frames debugpy shows,
 * each frame's canonical locals (one `evaluate` of ndb_probe per frame, over exactly the
 * variables debugpy lists), the kind of stop, the returned value or exception, and the
 * stdout printed since the previous stop.
 */
import { randomBytes } from 'node:crypto';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { FrameState, StopKind, StopState } from '../../model-runtime/stop';
import type { DapConnection } from './dapConnection';
import { DebugpyError } from './errors';
import { parseProbeResult, probeExpression, type FrameProbe } from './probe';
import type { StdoutCollector } from './stdoutCollector';

/** debugpy's group nodes in a Variables view; their members are not the frame's own variables. */
const GROUP_NODES = new Set(['special variables', 'function variables', 'class variables', 'protected variables']);
/** debugpy lists the values of functions that returned as `(return) <qualname>` variables. */
const RETURN_PREFIX = '(return) ';
/** The tracer cuts exception messages to this length (training/canon.py, exception_message). */
const EXCEPTION_MESSAGE_LIMIT = 200;
const NO_DESCRIPTION = 'exception: no description';

/** The frame's own variables among the entries of debugpy's Locals scope (no group nodes, no `(return) f`). */
export function ownVariableNames(variables: readonly DebugProtocol.Variable[]): string[] {
  return variables.map((v) => v.name).filter((name) => !GROUP_NODES.has(name) && !name.startsWith(RETURN_PREFIX));
}

export interface InspectorOptions {
  /** bundled/python, holding ndb_probe.py and ndb_canon.py. */
  pythonDir: string;
  /** Set TCP_NODELAY on pydevd's socket at the first stop (see bench/debugpy-latency.ts). */
  nodelay: boolean;
  /** How long to wait for the program's output to catch up with a stop. */
  outputTimeoutMs: number;
}

export class StopInspector {
  private readonly nonce = randomBytes(6).toString('hex');
  private stops = 0;

  constructor(
    private readonly connection: DapConnection,
    private readonly stdout: StdoutCollector,
    private readonly options: InspectorOptions,
  ) {}

  async inspect(event: DebugProtocol.StoppedEvent): Promise<StopState> {
    const { threadId, reason } = event.body;
    if (threadId === undefined) throw new DebugpyError(`debugpy reported a stop without a thread (${reason})`);
    const marker = `\u0000ndb-stop:${this.nonce}:${++this.stops}\u0000`;
    const { stackFrames } = await this.connection.request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId });
    // `scopes` is answered by pydevd's reader thread and can go all at once. `variables`,
    // `evaluate` and `exceptionInfo` are queued for the stopped thread, which runs one queued
    // command per wake-up and then sleeps 0.2 s (pydevd's TIMEOUT_SLOW) even if more are
    // waiting: sent together, each extra one would cost 0.2 s. So they go one at a time.
    const scopes = await Promise.all(stackFrames.map((frame) => this.localsReference(frame.id)));
    const outputArrived = this.stdout.awaitMarker(marker);
    const probes: FrameProbe[] = [];
    for (const [depth, frame] of stackFrames.entries()) {
      probes.push(await this.probeFrame(frame.id, scopes[depth] ?? null, depth === 0 ? marker : undefined));
    }
    const exception = reason === 'exception' ? await this.exceptionOf(threadId) : null;
    const top = probes[0];
    if (top?.synced) await this.waitForOutput(outputArrived);
    else this.stdout.cancelMarker();
    const kind: StopKind = reason === 'exception' ? 'exception' : reason === 'step' && top?.event === 'return' ? 'return' : 'line';
    const stack: FrameState[] = stackFrames
      .map((frame, depth) => ({ name: frame.name, line: frame.line, locals: probes[depth]?.values ?? {} }))
      .reverse();
    return { kind, stack, value: kind === 'return' ? (top?.value ?? null) : null, exception, stdout: this.stdout.take() };
  }

  /** The variablesReference of the frame's Locals scope, if it has one. */
  private async localsReference(frameId: number): Promise<number | null> {
    const { scopes } = await this.connection.request<DebugProtocol.ScopesResponse['body']>('scopes', { frameId });
    return scopes.find((scope) => scope.name === 'Locals')?.variablesReference ?? null;
  }

  /** The frame's variables as debugpy lists them, canonicalized in the debuggee. */
  private async probeFrame(frameId: number, locals: number | null, marker: string | undefined): Promise<FrameProbe> {
    let names: string[] = [];
    if (locals !== null) {
      const { variables } = await this.connection.request<DebugProtocol.VariablesResponse['body']>('variables', {
        variablesReference: locals,
      });
      names = ownVariableNames(variables);
    }
    const expression = probeExpression(this.options.pythonDir, names, { marker, nodelay: this.options.nodelay });
    // "clipboard": pydevd then returns the whole string instead of a shortened one.
    const { result } = await this.connection.request<DebugProtocol.EvaluateResponse['body']>('evaluate', {
      expression,
      frameId,
      context: 'clipboard',
    });
    return parseProbeResult(result);
  }

  /** `[type name, message]` as the tracer writes them, from pydevd's exceptionInfo. */
  private async exceptionOf(threadId: number): Promise<[string, string]> {
    const info = await this.connection.request<DebugProtocol.ExceptionInfoResponse['body']>('exceptionInfo', { threadId });
    // pydevd qualifies types outside builtins and __main__ (`pkg.mod.Error`) and may append
    // "(note: ... paused at: f)"; the tracer writes `type(e).__name__`.
    const typeName = info.exceptionId.replace(/\s+\(note: [\s\S]*\)$/, '');
    const name = typeName.slice(typeName.lastIndexOf('.') + 1);
    // pydevd writes this for an empty `str(e)`, which the tracer keeps empty.
    const message = info.description === NO_DESCRIPTION ? '' : (info.description ?? '');
    return [name, message.slice(0, EXCEPTION_MESSAGE_LIMIT)];
  }

  private async waitForOutput(arrived: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.options.outputTimeoutMs);
    });
    const outcome = await Promise.race([arrived, late]);
    clearTimeout(timer);
    if (outcome === 'late') {
      this.stdout.cancelMarker();
      throw new DebugpyError(`debugpy did not forward the program's output within ${this.options.outputTimeoutMs} ms`);
    }
  }
}

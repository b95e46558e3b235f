/**
 * A real debugpy session, independent of VS Code: runs a program under the bundled debugpy,
 * applies the forward debugger actions, and describes every stop as a StopState
 * (model-runtime/stop.ts) with values canonicalized inside the debuggee by the tracer's own
 * code (training/canon.py), so compare mode can diff predicted and real stops as strings.
 *
 * Lifecycle: `launch()` resolves once debugpy runs the program; `waitForStop()` gives where
 * that run stops. `step()` starts a run and waits for its stop; `pause()` ends a run early.
 * At the program's end (or on `terminate()`) the stop is of kind "exit" and every process of
 * the session is gone; `disconnect()` kills them at any time.
 */
import { dirname, join, resolve } from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExceptionFilter, ForwardAction, StopState } from '../../model-runtime/stop';
import { bundlePaths } from './bundle';
import { DapConnection, DEFAULT_REQUEST_TIMEOUT_MS } from './dapConnection';
import { DebugpyError, SessionClosedError } from './errors';
import { resolveInterpreter, type Interpreter } from './interpreter';
import { checkProgramCompiles, checkProgramExists } from './programCheck';
import { RunEvents, type RunEnd } from './runEvents';
import { StdoutCollector } from './stdoutCollector';
import { StopInspector } from './stopInspector';
import { uncaughtFromStderr } from './uncaughtException';

const DAP_STEP: Record<ForwardAction, string> = {
  step_into: 'stepIn',
  step_over: 'next',
  step_out: 'stepOut',
  continue: 'continue',
};
/** Starting the debuggee takes a while on a loaded machine; `launch` is answered only after that. */
const LAUNCH_TIMEOUT_MS = 30_000;
/** How long a refused step may still end in the program's exit (debugpy reports it within ~100 ms). */
const REFUSAL_GRACE_MS = 2_000;

/** A breakpoint line, or a line with what DAP's SourceBreakpoint may add to it. */
export type BreakpointSpec = number | Pick<DebugProtocol.SourceBreakpoint, 'line' | 'condition' | 'hitCondition' | 'logMessage'>;

export interface LaunchOptions {
  /** The program's file; with `module`, the file that module is (breakpoints and frames are in it). */
  program: string;
  /** Run as `python -m module` (debugpy's `module`) instead of `python program`. */
  module?: string;
  args?: string[];
  /** Working directory of the program (default: the program's directory). */
  cwd?: string;
  /** Extra environment of the program. PYTHONHASHSEED is always 0, as under the tracer. */
  env?: Record<string, string>;
  /** `python` from the launch configuration. */
  python?: string;
  /** The interpreter selected in the Python extension, used when `python` is not given. */
  extensionPython?: string;
  /** Stop at the program's first line (default true), like the tracer's sessions start. */
  stopOnEntry?: boolean;
  /** Breakpoints in the program: lines, or lines with a condition, hit condition or log message. */
  breakpoints?: readonly BreakpointSpec[];
  exceptionFilters?: ExceptionFilter[];
  /**
   * Receives the program's output as it arrives; `console`: what debugpy itself says (logpoint
   * messages, a breakpoint condition that raised).
   */
  onOutput?: (category: 'stdout' | 'stderr' | 'console', text: string) => void;
  requestTimeoutMs?: number;
  /** The `bundled/` directory (default: found upward from this module). */
  bundledDir?: string;
  /**
   * Set TCP_NODELAY on pydevd's socket (default true). pydevd 1.8.22 still writes each message
   * in two sends, and Nagle + delayed ACK then hold every answer ~40 ms. `npm run bench:debugpy`
   * (step_into + full inspection, 1-6 frames, 300 steps, load ~8 on 2 cores): with it, median
   * 13.3 ms / p95 27.3 ms; without it, median 637 ms / p95 916 ms.
   */
  nodelay?: boolean;
}

export class RealSession {
  private readonly runEvents = new RunEvents();
  private readonly stdout: StdoutCollector;
  private readonly inspector: StopInspector;
  private stderr = '';
  private exitCode: number | null = null;
  private lastThreadId: number | null = null;
  private run: Promise<StopState> | null = null;
  private stop: StopState | null = null;

  private constructor(
    private readonly connection: DapConnection,
    /** Absolute path of the program. */
    readonly program: string,
    readonly interpreter: Interpreter,
    pythonDir: string,
    options: LaunchOptions,
  ) {
    const onOutput = options.onOutput ?? (() => {});
    this.stdout = new StdoutCollector((text) => onOutput('stdout', text));
    this.inspector = new StopInspector(connection, this.stdout, {
      pythonDir,
      nodelay: options.nodelay ?? true,
      outputTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
    });
    connection.onEvent((event) => this.onEvent(event, onOutput));
    connection.onClose((reason) => this.runEvents.fail(reason));
  }

  /** Starts debugpy on the program; resolves once the program runs (see `waitForStop`). */
  static async launch(options: LaunchOptions): Promise<RealSession> {
    const program = resolve(options.program);
    checkProgramExists(program);
    const interpreter = await resolveInterpreter({ configured: options.python, fromExtension: options.extensionPython });
    const { adapterDir, pythonDir } = bundlePaths(options.bundledDir);
    const connection = new DapConnection({
      python: interpreter.executable,
      adapterDir,
      watchdogScript: join(pythonDir, 'ndb_watchdog.py'),
      ...(options.requestTimeoutMs !== undefined && { requestTimeoutMs: options.requestTimeoutMs }),
    });
    const session = new RealSession(connection, program, interpreter, pythonDir, options);
    try {
      await Promise.all([checkProgramCompiles(interpreter.executable, program), session.configure(options)]);
    } catch (error) {
      connection.close();
      throw error;
    }
    session.startRun();
    return session;
  }

  /** The latest stop; null while the program runs. */
  get current(): StopState | null {
    return this.run ? null : this.stop;
  }

  get ended(): boolean {
    return this.stop?.kind === 'exit';
  }

  /** What debugpy supports; compare mode forwards only these requests (see `request`). */
  get capabilities(): DebugProtocol.Capabilities {
    return this.connection.capabilities;
  }

  /** The thread of the latest stop (or the first thread started). */
  get threadId(): number | null {
    return this.lastThreadId;
  }

  /** Where the current run stops (the current stop when the program is not running). */
  waitForStop(): Promise<StopState> {
    if (this.run) return this.run;
    const closed = this.connection.closeReason;
    if (this.stop && (this.stop.kind === 'exit' || !closed)) return Promise.resolve(this.stop);
    return Promise.reject(closed ?? new SessionClosedError('the debug session is closed'));
  }

  /** Applies a forward action from a stop and returns the next stop (at the end: the exit stop, again). */
  async step(action: ForwardAction): Promise<StopState> {
    if (this.stop?.kind === 'exit') return { ...this.stop, stdout: '' }; // nothing printed since
    if (this.connection.closeReason) throw this.connection.closeReason;
    if (this.run) throw new DebugpyError(`cannot ${action} while the program runs: pause it first`);
    const run = this.startRun();
    await this.requestDuringRun(DAP_STEP[action], { threadId: this.lastThreadId });
    return run;
  }

  /** Interrupts the running program and returns where it stopped. */
  async pause(): Promise<StopState> {
    const run = this.run;
    if (!run) return this.waitForStop();
    await this.requestDuringRun('pause', { threadId: this.lastThreadId ?? 0 });
    return run;
  }

  /** Replaces the breakpoints of a file (default: the program); returns them as debugpy verified them. */
  async setBreakpoints(breakpoints: readonly BreakpointSpec[], path = this.program): Promise<DebugProtocol.Breakpoint[]> {
    const body = await this.connection.request<DebugProtocol.SetBreakpointsResponse['body']>('setBreakpoints', {
      source: { path },
      breakpoints: breakpoints.map(sourceBreakpoint),
    });
    return body.breakpoints;
  }

  async setExceptionFilters(filters: readonly ExceptionFilter[]): Promise<void> {
    await this.connection.request('setExceptionBreakpoints', { filters });
  }

  /** Ends the program (debugpy kills it) and returns the exit stop. */
  async terminate(): Promise<StopState> {
    if (this.stop?.kind === 'exit') return this.stop;
    const run = this.run ?? this.startRun();
    await this.requestDuringRun('terminate', { restart: false });
    return run;
  }

  /** Kills adapter, launcher and debuggee now. Safe to call at any time, more than once. */
  disconnect(): void {
    this.connection.close();
  }

  /**
   * Forwards a raw request to debugpy (stackTrace, scopes, variables, evaluate, setVariable, ...).
   * Requests debugpy does not advertise are refused with UnsupportedRequestError without being sent.
   */
  request<T = unknown>(command: string, args?: object, timeoutMs?: number): Promise<T> {
    return this.connection.request<T>(command, args, timeoutMs);
  }

  /**
   * Sends a request that starts or ends a run. The program may end first, and the session with
   * it, before debugpy answers: then the missing answer does not matter. A program that ends
   * by `os._exit` makes debugpy refuse the step ("Server[1] disconnected unexpectedly") just
   * before it reports the exit, so a refusal waits a moment for the run to end; a run still
   * going after that leaves the program in an unknown state: the session ends with the reason.
   */
  private async requestDuringRun(command: string, args: object): Promise<void> {
    try {
      await this.connection.request(command, args);
    } catch (error) {
      const run = this.run;
      if (run && (await settlesWithin(run, REFUSAL_GRACE_MS))) return;
      if (!this.connection.closeReason) this.connection.close(error as Error);
    }
  }

  /** initialize → launch (answered only after configurationDone) → initialized → breakpoints → configurationDone. */
  private async configure(options: LaunchOptions): Promise<void> {
    await this.connection.initialize({
      clientID: 'neural-debugger',
      clientName: 'Neural Debugger for Python',
      adapterID: 'python',
      locale: 'en',
      linesStartAt1: true,
      columnsStartAt1: true,
      pathFormat: 'path',
      supportsVariableType: true,
    });
    const initialized = new Promise<void>((resolveInit, reject) => {
      const stop = this.connection.onEvent((event) => {
        if (event.event === 'initialized') {
          stop();
          resolveInit();
        }
      });
      this.connection.onClose(reject);
    });
    const launched = this.connection.request('launch', this.launchArguments(options), LAUNCH_TIMEOUT_MS);
    launched.catch(() => {}); // awaited below; a failure meanwhile closes the connection
    await initialized;
    await this.setBreakpoints(options.breakpoints ?? []);
    await this.setExceptionFilters(options.exceptionFilters ?? []);
    await this.connection.request('configurationDone');
    await launched;
  }

  private launchArguments(options: LaunchOptions): object {
    return {
      name: 'Neural Debugger (debugpy)',
      type: 'python',
      request: 'launch',
      ...(options.module !== undefined ? { module: options.module } : { program: this.program }),
      args: options.args ?? [],
      cwd: options.cwd ?? dirname(this.program),
      // The tracer runs programs with hash seed 0: set and str order must match it.
      env: { ...options.env, PYTHONHASHSEED: '0' },
      python: [this.interpreter.executable],
      console: 'internalConsole',
      redirectOutput: true,
      justMyCode: true,
      showReturnValue: true,
      stopOnEntry: options.stopOnEntry ?? true,
      // Child processes would be offered to us for debugging (startDebugging), which we refuse.
      subProcess: false,
    };
  }

  private startRun(): Promise<StopState> {
    const run = this.endOfRun();
    run.catch(() => {}); // nobody may be waiting for this run: its failure must not go unhandled
    this.run = run;
    return run;
  }

  /** Waits for the event that ends the current run and turns it into the new stop. */
  private async endOfRun(): Promise<StopState> {
    try {
      const event = await this.runEvents.next();
      this.stop = await this.stopOf(event);
      return this.stop;
    } catch (error) {
      // A stop that cannot be described leaves the session in an unknown state: end it.
      this.connection.close(error as Error);
      throw error;
    } finally {
      this.run = null;
    }
  }

  private async stopOf(event: RunEnd): Promise<StopState> {
    if (event.event === 'stopped') {
      const stopped = event as DebugProtocol.StoppedEvent;
      this.lastThreadId = stopped.body.threadId ?? this.lastThreadId;
      return this.inspector.inspect(stopped);
    }
    // `terminated` comes after the program's last output: the run is over, nothing is left to ask.
    this.stdout.cancelMarker();
    const stop: StopState = {
      kind: 'exit',
      stack: [],
      value: null,
      exception: this.exitCode ? uncaughtFromStderr(this.stderr) : null,
      stdout: this.stdout.take(),
      ...(this.exitCode !== null && { exitCode: this.exitCode }),
    };
    this.connection.close();
    return stop;
  }

  private onEvent(event: DebugProtocol.Event, onOutput: NonNullable<LaunchOptions['onOutput']>): void {
    switch (event.event) {
      case 'output': {
        const { category, output, source } = (event as DebugProtocol.OutputEvent).body;
        // pydevd sends a logpoint's message as stdout with a `source`, the program's own without.
        if (category === 'stdout' && source !== undefined) onOutput('console', output);
        else if (category === 'important') onOutput('console', output);
        else if (category === 'stdout') this.stdout.push(output);
        else if (category === 'stderr') {
          this.stderr += output;
          onOutput('stderr', output);
        }
        break;
      }
      case 'thread': {
        const { reason, threadId } = (event as DebugProtocol.ThreadEvent).body;
        if (reason === 'started' && this.lastThreadId === null) this.lastThreadId = threadId;
        break;
      }
      case 'exited':
        this.exitCode = (event as DebugProtocol.ExitedEvent).body.exitCode;
        break;
      case 'stopped':
      case 'terminated':
        this.runEvents.push(event as RunEnd);
        break;
    }
  }
}

/** Whether a promise settles (either way) within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sourceBreakpoint(spec: BreakpointSpec): DebugProtocol.SourceBreakpoint {
  return typeof spec === 'number' ? { line: spec } : spec;
}

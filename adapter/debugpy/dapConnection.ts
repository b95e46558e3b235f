/**
 * A DAP client connection to debugpy's adapter, run over stdio as `PYTHON <adapter dir>`
 * (the adapter directory itself, as the official Python Debugger extension runs it).
 *
 * Every request has a timeout: debugpy never answers a request it has no handler for and
 * then answers nothing else, so a timeout closes the whole session. Requests debugpy does not
 * advertise in its capabilities are refused here without being sent. Closing (explicitly,
 * on a timeout, or when the adapter dies) kills the adapter, launcher and debuggee; a
 * watchdog does the same if our own process is killed (see processGuard.ts).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { isRequestSupported } from './capabilities';
import { DapRequestError, DapTimeoutError, DebugpyError, SessionClosedError, UnsupportedRequestError } from './errors';
import { encodeMessage, MessageDecoder } from './framing';
import { DebuggeeWatch } from './debuggeeWatch';
import { ProcessGuard } from './processGuard';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export interface DapConnectionOptions {
  /** Interpreter that runs the adapter and the watchdog. */
  python: string;
  /** debugpy's `adapter` package directory. */
  adapterDir: string;
  /** bundled/python/ndb_watchdog.py */
  watchdogScript: string;
  requestTimeoutMs?: number;
}

interface Pending {
  command: string;
  resolve(body: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type EventListener = (event: DebugProtocol.Event) => void;
type CloseListener = (reason: Error) => void;

export class DapConnection {
  /** What debugpy said it supports, from the `initialize` response. */
  capabilities: DebugProtocol.Capabilities = {};
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly guard: ProcessGuard;
  private readonly decoder = new MessageDecoder();
  private readonly pending = new Map<number, Pending>();
  private readonly eventListeners = new Set<EventListener>();
  private readonly closeListeners = new Set<CloseListener>();
  private readonly timeoutMs: number;
  private nextSeq = 1;
  private debuggeePid: number | null = null;
  private debuggeeWatch: DebuggeeWatch | null = null;
  private closedBy: Error | null = null;
  private stderrTail = '';

  constructor(options: DapConnectionOptions) {
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    // Own process group, so that closing can kill the adapter together with its launcher.
    this.proc = spawn(options.python, [options.adapterDir], { stdio: 'pipe', detached: true });
    this.guard = new ProcessGuard(options.python, options.watchdogScript);
    if (this.proc.pid !== undefined) this.guard.add(this.proc.pid);
    this.proc.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.proc.stderr.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-2000);
    });
    this.proc.stdin.on('error', () => {}); // EPIPE after the adapter died: reported by 'exit'
    this.proc.on('error', (error) =>
      this.close(new SessionClosedError(`could not start debugpy's adapter with ${options.python}: ${error.message}`)),
    );
    this.proc.on('exit', (code, signal) =>
      this.close(
        new SessionClosedError(
          `debugpy's adapter exited (${signal ?? `code ${code}`})${this.stderrTail ? `: ${this.stderrTail.trim()}` : ''}`,
        ),
      ),
    );
  }

  /** Why the connection closed (a DebugpyError), or null while it is open. */
  get closeReason(): Error | null {
    return this.closedBy && this.closedError();
  }

  /** Sends `initialize` and keeps debugpy's capabilities. */
  async initialize(args: DebugProtocol.InitializeRequestArguments): Promise<DebugProtocol.Capabilities> {
    this.capabilities = (await this.request<DebugProtocol.Capabilities | undefined>('initialize', args)) ?? {};
    return this.capabilities;
  }

  /**
   * Sends a request and resolves with its response body. Rejects with UnsupportedRequestError
   * (not sent), DapRequestError (debugpy refused it), DapTimeoutError (the session is closed),
   * or SessionClosedError.
   */
  request<T = unknown>(command: string, args?: object, timeoutMs = this.timeoutMs): Promise<T> {
    if (this.closedBy) return Promise.reject(this.closedError());
    if (!isRequestSupported(command, this.capabilities)) return Promise.reject(new UnsupportedRequestError(command));
    const seq = this.nextSeq++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => this.close(new DapTimeoutError(command, timeoutMs)), timeoutMs);
      this.pending.set(seq, { command, resolve: resolve as (body: unknown) => void, reject, timer });
      this.send({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    });
  }

  /** Calls `listener` for every event; returns a function that stops it. */
  onEvent(listener: EventListener): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  /** Calls `listener` once, when the connection closes, with the reason. */
  onClose(listener: CloseListener): void {
    if (this.closedBy) listener(this.closedBy);
    else this.closeListeners.add(listener);
  }

  /** Kills adapter, launcher and debuggee, and fails every pending request with `reason`. */
  close(reason: Error = new SessionClosedError('the debug session is closed')): void {
    if (this.closedBy) return;
    this.closedBy = reason;
    this.debuggeeWatch?.stop();
    this.guard.killAll();
    this.proc.stdin.end();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.reject(reason);
    }
    this.pending.clear();
    for (const listener of this.closeListeners) listener(reason);
    this.closeListeners.clear();
  }

  private closedError(): Error {
    return this.closedBy instanceof DebugpyError ? this.closedBy : new SessionClosedError('the debug session is closed');
  }

  private send(message: DebugProtocol.ProtocolMessage): void {
    this.proc.stdin.write(encodeMessage(message));
  }

  private receive(chunk: Buffer): void {
    let messages: unknown[];
    try {
      messages = this.decoder.push(chunk);
    } catch (error) {
      this.close(new SessionClosedError(`debugpy sent a malformed message: ${(error as Error).message}`));
      return;
    }
    for (const message of messages as DebugProtocol.ProtocolMessage[]) {
      if (message.type === 'response') this.settle(message as DebugProtocol.Response);
      else if (message.type === 'event') this.dispatch(message as DebugProtocol.Event);
      else if (message.type === 'request') this.refuseReverseRequest(message as DebugProtocol.Request);
    }
  }

  private settle(response: DebugProtocol.Response): void {
    const p = this.pending.get(response.request_seq);
    if (!p) return;
    this.pending.delete(response.request_seq);
    clearTimeout(p.timer);
    if (response.success) p.resolve(response.body);
    else p.reject(new DapRequestError(p.command, response.message ?? 'no reason given'));
  }

  private dispatch(event: DebugProtocol.Event): void {
    // Track the debuggee: it runs in a process group of its own that closing must kill too.
    if (event.event === 'process') {
      const pid = (event as DebugProtocol.ProcessEvent).body.systemProcessId;
      if (pid !== undefined) {
        this.debuggeePid = pid;
        this.guard.add(pid);
        this.debuggeeWatch = new DebuggeeWatch(pid);
      }
    } else if (event.event === 'exited' && this.debuggeePid !== null) {
      this.debuggeeWatch?.stop();
      this.guard.remove(this.debuggeePid);
    }
    for (const listener of this.eventListeners) listener(event);
  }

  /** debugpy only sends runInTerminal/startDebugging, which internalConsole launches never need. */
  private refuseReverseRequest(request: DebugProtocol.Request): void {
    this.send({
      seq: this.nextSeq++,
      type: 'response',
      request_seq: request.seq,
      success: false,
      command: request.command,
      message: 'not supported by this client',
    } as DebugProtocol.Response);
  }
}

/**
 * What the neural and the compare debug sessions share as DAP servers: a request the session
 * does not implement gets an error (the library would answer it with an empty success), every
 * request gets exactly one response (`respond`), and a launch waits for the client's
 * configuration (breakpoints) up to a timeout.
 */
import { DebugSession, Response } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';

/** Work for one request: it fills the response in, or throws; it may return what to run after the response is sent. */
type RequestWork = () => void | (() => void) | Promise<void | (() => void)>;

export abstract class DapSession extends DebugSession {
  private configurationDone!: () => void;
  private readonly configured = new Promise<void>((resolve) => (this.configurationDone = resolve));

  /**
   * @param handledRequests the requests the session implements (the base ones and those its capabilities announce)
   * @param configurationTimeoutMs how long a launch waits for configurationDone before starting anyway
   * @param messageOf the user-facing message of an error thrown by a request's work
   */
  protected constructor(
    private readonly handledRequests: ReadonlySet<string>,
    private readonly configurationTimeoutMs: number,
    private readonly messageOf: (error: unknown) => string,
  ) {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (!this.handledRequests.has(request.command)) {
      this.sendErrorResponse(new Response(request), { id: 1014, format: `unsupported request: ${request.command}`, variables: {} });
      return;
    }
    // The library reads initialize's arguments before any handler runs: without an object
    // there, a client's mistake would be answered with a TypeError's stack.
    if (request.command === 'initialize' && (typeof request.arguments !== 'object' || request.arguments === null)) request.arguments = {};
    super.dispatchRequest(request);
  }

  protected override configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): void {
    this.respond(response, () => this.configurationDone());
  }

  /** Resolves at configurationDone, or after the timeout for clients that never send it. */
  protected async waitForConfiguration(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.configured, new Promise((resolve) => (timer = setTimeout(resolve, this.configurationTimeoutMs)))]);
    clearTimeout(timer);
  }

  /**
   * Answer `response` with what `work` fills in, or with an error whose message is the thrown
   * one. `work` may return a function to run after the response is sent (events that must follow it).
   */
  protected respond(response: DebugProtocol.Response, work: RequestWork, showUser = false): void {
    void (async () => {
      let after: void | (() => void);
      try {
        after = await work();
      } catch (e) {
        this.sendErrorResponse(response, { id: 2000, format: this.messageOf(e), variables: {}, showUser });
        return;
      }
      this.sendResponse(response);
      after?.();
    })();
  }
}

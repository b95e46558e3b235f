/**
 * One debug adapter for both modes when the mode is only known at `launch` (the standalone
 * adapter; the extension knows it earlier and creates the mode's session itself).
 *
 * `initialize` is answered by a neural session, as most launches are neural. Requests after
 * it are held until `launch` names the mode: for `compare` a compare session takes over, is
 * given the same `initialize` (its answer and `initialized` event stay here: the client has
 * had them), and where its capabilities differ a `capabilities` event tells the client.
 * The held requests then go to the mode's session in their order, followed by `launch`, and
 * every later message too.
 */
import { CapabilitiesEvent, DebugSession, Response } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';

export const MODES = ['neural', 'compare'] as const;
export type DebugMode = (typeof MODES)[number];

type Message = DebugProtocol.Response | DebugProtocol.Event;

export class ModeRouter extends DebugSession {
  private session: DebugSession;
  private stopRelay: () => void;
  private routed = false;
  private initialize: DebugProtocol.Request | null = null;
  /** What the client was told at initialize. */
  private advertised: DebugProtocol.Capabilities = {};
  private readonly held: DebugProtocol.Request[] = [];

  constructor(private readonly create: (mode: DebugMode) => DebugSession) {
    super();
    this.session = create('neural');
    this.stopRelay = this.relay(this.session, (m) => {
      if (m.type === 'response' && (m as DebugProtocol.Response).command === 'initialize') this.advertised = (m as DebugProtocol.Response).body ?? {};
      return true;
    });
  }

  override dispose(): void {
    this.session.dispose();
    super.dispose();
  }

  /** The host ends (stdin closed, SIGTERM, disconnect): the mode's session cleans up first. */
  override shutdown(): void {
    this.session.dispose();
    super.shutdown();
  }

  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (this.routed) {
      this.session.handleMessage(request);
      return;
    }
    switch (request.command) {
      case 'initialize':
        this.initialize ??= request;
        this.session.handleMessage(request);
        return;
      case 'launch': {
        const mode = (request.arguments as { mode?: unknown } | undefined)?.mode ?? 'neural';
        if (!MODES.includes(mode as DebugMode)) {
          this.sendErrorResponse(new Response(request), { id: 2001, format: `unknown mode ${JSON.stringify(mode)}: use "neural" or "compare"`, variables: {}, showUser: true });
          return;
        }
        this.routed = true;
        if (mode === 'compare') this.switchToCompare();
        for (const r of this.held.splice(0)) this.session.handleMessage(r);
        this.session.handleMessage(request);
        return;
      }
      case 'disconnect':
        this.routed = true; // nothing more to hold: the session ends
        for (const r of this.held.splice(0)) this.session.handleMessage(r);
        this.session.handleMessage(request);
        return;
      default:
        this.held.push(request);
    }
  }

  private switchToCompare(): void {
    this.stopRelay();
    this.session.dispose();
    this.session = this.create('compare');
    if (!this.initialize) {
      this.stopRelay = this.relay(this.session, () => true);
      return;
    }
    const initializeSeq = this.initialize.seq;
    let initializedSeen = false;
    this.stopRelay = this.relay(this.session, (m) => {
      if (m.type === 'response' && (m as DebugProtocol.Response).request_seq === initializeSeq) {
        const changed = changedCapabilities(this.advertised, (m as DebugProtocol.Response).body ?? {});
        if (Object.keys(changed).length > 0) this.sendEvent(new CapabilitiesEvent(changed));
        return false;
      }
      if (m.type === 'event' && (m as DebugProtocol.Event).event === 'initialized' && !initializedSeen) {
        initializedSeen = true;
        return false;
      }
      return true;
    });
    this.session.handleMessage(this.initialize);
  }

  /** Passes the session's messages on to the client when `keep` says so; returns a function that stops it. */
  private relay(session: DebugSession, keep: (message: Message) => boolean): () => void {
    let on = true;
    session.onDidSendMessage((message) => {
      const m = message as Message;
      if (!on || !keep(m)) return;
      // The session numbered it in its own sequence; this server numbers what it sends.
      if (m.type === 'response') {
        this.sendResponse({ ...(m as DebugProtocol.Response), seq: 0 });
        if ((m as DebugProtocol.Response).command === 'disconnect') this.shutdown();
      } else if (m.type === 'event') this.sendEvent({ ...(m as DebugProtocol.Event), seq: 0 });
    });
    return () => {
      on = false;
    };
  }
}

/** The capabilities of `now` that differ from `before` (a capability `now` lacks becomes false). */
function changedCapabilities(before: DebugProtocol.Capabilities, now: DebugProtocol.Capabilities): DebugProtocol.Capabilities {
  const changed: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(now)])) {
    const a = (before as Record<string, unknown>)[key];
    const b = (now as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) changed[key] = b ?? (typeof a === 'boolean' ? false : []);
  }
  return changed as DebugProtocol.Capabilities;
}

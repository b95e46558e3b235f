/**
 * What the adapter and compare-session tests share: DAP sessions served in-process over real
 * sockets (as `--server` mode serves them), and a queue of a client's arrivals (stops and the
 * end) that a test awaits in order.
 */
import * as net from 'node:net';
import type { DebugSession } from '@vscode/debugadapter';

/** One session per connection on 127.0.0.1, created by `create`. */
export class SessionServer<S extends DebugSession> {
  readonly sessions: S[] = [];
  port = 0;
  private server!: net.Server;

  constructor(private readonly create: () => S) {}

  async start(): Promise<this> {
    this.server = net.createServer((socket) => {
      socket.setNoDelay(true); // as adapter/main.ts does
      const session = this.create();
      this.sessions.push(session);
      session.setRunAsServer(true);
      session.start(socket, socket);
      socket.on('close', () => session.dispose());
      socket.on('error', () => socket.destroy());
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Arrivals in the order they came; `next` takes the oldest or waits for one. */
export class ArrivalQueue<A> {
  private readonly ready: A[] = [];
  private waiters: ((a: A) => void)[] = [];

  push(a: A): void {
    const waiter = this.waiters.shift();
    if (waiter) waiter(a);
    else this.ready.push(a);
  }

  next(timeoutMs = 60_000): Promise<A> {
    const ready = this.ready.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const waiter = (a: A): void => {
        clearTimeout(timer);
        resolve(a);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`no stop within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}

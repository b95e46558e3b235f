/**
 * The events that end a run of the debuggee (`stopped`, `terminated`), queued in arrival
 * order so that none is lost between sending a step and waiting for where it stopped.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';

export type RunEnd = DebugProtocol.StoppedEvent | DebugProtocol.TerminatedEvent;

export class RunEvents {
  private readonly queue: RunEnd[] = [];
  private waiter: { resolve(event: RunEnd): void; reject(error: Error): void } | null = null;
  private failure: Error | null = null;

  push(event: RunEnd): void {
    if (this.waiter) {
      this.waiter.resolve(event);
      this.waiter = null;
    } else {
      this.queue.push(event);
    }
  }

  /** Fails the current and every later wait (the session closed). */
  fail(error: Error): void {
    this.failure = error;
    this.waiter?.reject(error);
    this.waiter = null;
  }

  /** The next queued event, or the next to arrive. */
  next(): Promise<RunEnd> {
    const event = this.queue.shift();
    if (event) return Promise.resolve(event);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }
}

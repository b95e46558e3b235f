/**
 * Requests to debugpy, one at a time. pydevd queues `variables`, `evaluate`, `setVariable`
 * and `exceptionInfo` for the stopped thread, which runs one queued command per wake-up and
 * then sleeps 0.2 s even if more are waiting (see adapter/debugpy/stopInspector.ts): sent
 * together, as a client's Variables view and watches would, each extra one would cost 0.2 s.
 */
export type Send = <T>(command: string, args: object) => Promise<T>;

export class SerialRequests {
  private tail: Promise<unknown> = Promise.resolve();

  constructor(private readonly send: Send) {}

  request<T>(command: string, args: object): Promise<T> {
    const result = this.tail.then(() => this.send<T>(command, args));
    this.tail = result.catch(() => undefined);
    return result;
  }
}

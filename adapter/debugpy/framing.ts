/**
 * DAP base protocol framing: `Content-Length: N\r\n\r\n` followed by N bytes of UTF-8 JSON.
 */
const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;

export function encodeMessage(message: object): Buffer {
  const body = Buffer.from(JSON.stringify(message), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
}

/** Turns a byte stream cut into arbitrary chunks back into whole messages. */
export class MessageDecoder {
  private buffer: Buffer = Buffer.alloc(0);

  /** Adds a chunk; returns the messages it completed, in order. Throws on a malformed header. */
  push(chunk: Buffer): unknown[] {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    const messages: unknown[] = [];
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd < 0) return messages;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const match = CONTENT_LENGTH.exec(header);
      if (!match) throw new Error(`DAP message header without Content-Length: ${JSON.stringify(header)}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(match[1]);
      if (this.buffer.length < end) return messages;
      messages.push(JSON.parse(this.buffer.subarray(start, end).toString('utf8')));
      this.buffer = this.buffer.subarray(end);
    }
  }
}

/**
 * Incremental UTF-8 validity, byte by byte: byte-level BPE tokens can split a character or
 * produce bytes that are not UTF-8 at all, which would decode to U+FFFD.
 */
export class Utf8Checker {
  private pending = 0; // continuation bytes still expected
  private low = 0x80; // allowed range of the next continuation byte (excludes overlongs, surrogates)
  private high = 0xbf;

  clone(): Utf8Checker {
    const c = new Utf8Checker();
    c.pending = this.pending;
    c.low = this.low;
    c.high = this.high;
    return c;
  }

  push(b: number): boolean {
    if (this.pending > 0) {
      if (b < this.low || b > this.high) return false;
      this.pending--;
      this.low = 0x80;
      this.high = 0xbf;
      return true;
    }
    if (b < 0x80) return true;
    if (b >= 0xc2 && b <= 0xdf) this.pending = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.pending = 2;
      if (b === 0xe0) this.low = 0xa0;
      if (b === 0xed) this.high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.pending = 3;
      if (b === 0xf0) this.low = 0x90;
      if (b === 0xf4) this.high = 0x8f;
    } else return false;
    return true;
  }

  /** No character is cut in the middle. */
  complete(): boolean {
    return this.pending === 0;
  }
}

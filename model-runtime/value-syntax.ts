/**
 * Incremental check that a canonical value string can still be well formed: brackets balance
 * outside quotes, quotes close, no raw newline (repr escapes them), at most 100 characters,
 * where a longer value was cut to 97 characters plus `...` (docs/trace-format.md). Works on
 * UTF-8 bytes so it can run on partial tokens; characters are counted at their first byte.
 */
const MAX_VALUE_CHARS = 100;
const TRUNCATED_KEEP = 97;

const CLOSER: Record<number, number> = { 0x28: 0x29, 0x5b: 0x5d, 0x7b: 0x7d }; // ( [ {
const CLOSERS = new Set([0x29, 0x5d, 0x7d]);
const QUOTES = new Set([0x22, 0x27]);
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const DOT = 0x2e;

export class ValueChecker {
  private closers: number[] = [];
  private quote = 0;
  private escaped = false;
  private chars = 0;
  private onlyDotsAfterKeep = true; // every character after the 97th is '.' (a cut value)

  clone(): ValueChecker {
    const c = new ValueChecker();
    c.closers = this.closers.slice();
    c.quote = this.quote;
    c.escaped = this.escaped;
    c.chars = this.chars;
    c.onlyDotsAfterKeep = this.onlyDotsAfterKeep;
    return c;
  }

  /** Feed one byte; false if no completion of the value can be well formed any more. */
  push(b: number): boolean {
    if ((b & 0xc0) !== 0x80) {
      this.chars++;
      if (this.chars > TRUNCATED_KEEP && b !== DOT) this.onlyDotsAfterKeep = false;
    }
    if (b === NEWLINE) return false;
    if (this.quote) {
      if (this.escaped) this.escaped = false;
      else if (b === BACKSLASH) this.escaped = true;
      else if (b === this.quote) this.quote = 0;
    } else if (QUOTES.has(b)) {
      this.quote = b;
    } else if (CLOSER[b] !== undefined) {
      this.closers.push(CLOSER[b]!);
    } else if (CLOSERS.has(b)) {
      if (this.closers.pop() !== b) return false;
    }
    return this.feasible();
  }

  /** Characters still needed to close what is open (an escape needs its character too). */
  private pendingClosers(): number {
    return this.closers.length + (this.quote ? 1 : 0) + (this.escaped ? 1 : 0);
  }

  private feasible(): boolean {
    if (this.chars > MAX_VALUE_CHARS) return false;
    if (this.chars <= TRUNCATED_KEEP || this.onlyDotsAfterKeep) return true;
    return this.chars + this.pendingClosers() <= MAX_VALUE_CHARS;
  }

  /** The value may end here. */
  complete(): boolean {
    if (this.chars === 0) return false;
    if (this.pendingClosers() === 0) return true;
    return this.chars === MAX_VALUE_CHARS && this.onlyDotsAfterKeep;
  }
}

/** Whether a whole value string passes the checker (e.g. a value the user typed). */
export function isWellFormedValue(value: string): boolean {
  const checker = new ValueChecker();
  for (const b of new TextEncoder().encode(value)) if (!checker.push(b)) return false;
  return checker.complete();
}

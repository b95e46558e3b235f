/**
 * Incremental check of the canonical value grammar (training/canon.py; docs/trace-format.md,
 * "Canonical values"), for constrained decoding: `push(b)` is false as soon as no completion
 * of the bytes so far is a canonical value, `complete()` says the value may end here.
 *
 *   value   := None | True | False | Ellipsis | NotImplemented | number | str | bytes
 *            | '[' [value (', ' value)*] ']' | '(' ')' | '(' value ',)' | '(' value (', ' value)+ ')'
 *            | '{' '}' | '{' value ': ' value (', ' value ': ' value)* '}' | '{' value (', ' value)* '}'
 *            | '[...]' | '(...)' | '{...}'                          (cycle markers)
 *            | name '(' loose ')'                                   (attribute views, Counter({...}), set(), ...)
 *            | name '[' loose ']' | dotted-name                     (tuple[int, int], typing.Optional[str], typing.List)
 *            | '<' name text '>'                                    (<generator object gen>, <class 'int'>, ...)
 *   number  := int | float as repr writes it (1.5, -0.25, 1e-05, 1.5e+20, inf, -inf, nan) | complex (2j, (1+2j))
 *            | a version 1.2.3 (what a class's own __repr__ often returns)
 *   str     := repr(str): '' quotes unless the text has ' and no ", escapes \\ \' \n \t \r \xhh \uhhhh \Uhhhhhhhh,
 *              no raw control character; bytes: b + the same, ASCII only, no \u / \U
 *   name    := identifier ('.' identifier)*, each part at most 40 characters and 6 digits in a row;
 *              no None(...), True(...);
 *              '[' only after a dotted name or list, tuple, dict, set, frozenset, type
 *   loose   := free text (no control characters) in which '(' ')' (or, after name[, '[' ']') and
 *              '<' '>' nest, quotes open strings (either quote), and '[' / '{' open strict values
 *   text    := after the name (which may hold '-': <built-in function len>) one of ' ' ':' '>' '(' ',',
 *              then free text (no control characters) in which '<' name ... '>' and brackets
 *              nest outside quotes; a quote may stay open at the closing '>': reprs like
 *              <re.Match object; span=(0, 3), match='abc'> cut their own strings
 *   In loose text and text, a word that starts with a letter is like a name part: at most 40
 *   characters, at most 6 digits in a row.
 *
 * The loose part is what a class's own `__repr__` may write (`Slot(A1, 'Chips', 150c)`,
 * `<Book: on loan>`); everything else follows repr exactly, separators included. A repr that
 * is not a call or `<...>` form (`3 of hearts`) is refused.
 *
 * Length: at most 100 characters; a longer canonical string is its first 97 characters
 * followed by `...`, so any prefix that is still valid at 97 characters may be cut there.
 *
 * Works on UTF-8 bytes (the decoder feeds partial tokens); characters are counted at their
 * first byte, bytes >= 0x80 are allowed in strings, names and loose text (grammar.ts checks
 * UTF-8 itself). The state is a few numbers and the frame stack as an immutable string, so
 * `clone()` copies no arrays.
 */
const MAX_VALUE_CHARS = 100;
const TRUNCATED_KEEP = 97;

// modes
const M_VALUE = 0; // a value starts here (or the top frame closes, if it is empty)
const M_AFTER = 1; // a strict value ended: the top frame decides what follows
const M_SPACE = 2; // after a ',' or ':' separator: its space
const M_NUM = 3;
const M_IDENT = 4;
const M_STR = 5;
const M_LOOSE = 6; // text inside a loose frame
const M_DOTS = 7; // a cycle marker `[...]`
const M_END = 8; // the whole value is complete

// frames (one character each, the stack is a string)
// l [ empty, L [ with items; t ( empty, u ( first item, c ( after the first item's ',', T ( 2+ items,
// C complex (a+bj); b { empty, B { first item, K dict key, V dict value, S set item;
// N name( ... ), P a loose (...) inside loose text, A <...>, Q name[ ... ]
const F_LIST0 = 'l';
const F_LIST = 'L';
const F_TUPLE0 = 't';
const F_TUPLE1 = 'u';
const F_TUPLE_COMMA = 'c';
const F_TUPLE = 'T';
const F_COMPLEX = 'C';
const F_BRACE0 = 'b';
const F_BRACE1 = 'B';
const F_KEY = 'K';
const F_VAL = 'V';
const F_SET = 'S';
const F_NAME = 'N';
const F_PAREN = 'P';
const F_ANGLE = 'A';
const F_SUB = 'Q'; // name[ ... ] (typing.Optional[str], tuple[int, int])
// brackets inside <...> text, which must balance: <re.Match object; span=(0, 2), ...>, <Response [200]>
const F_ANGLE_PAREN = 'p';
const F_ANGLE_SQUARE = 'q';
const F_ANGLE_BRACE = 'r';
const ANGLE_OPEN: Record<number, string> = { 0x28: F_ANGLE_PAREN, 0x5b: F_ANGLE_SQUARE, 0x7b: F_ANGLE_BRACE };
const ANGLE_CLOSE: Record<number, string> = { 0x29: F_ANGLE_PAREN, 0x5d: F_ANGLE_SQUARE, 0x7d: F_ANGLE_BRACE };

// number states
const N_SIGN = 0; // after '-': a digit or 'inf'
const N_ISIGN = 1; // after the '+'/'-' of a complex: a digit
const N_ZERO = 2; // integer part '0'
const N_INT = 3;
const N_DOT = 4;
const N_FRAC = 5;
const N_E = 6;
const N_ESIGN = 7;
const N_EXP1 = 8;
const N_EXP = 9;
const N_J = 10;
const N_VDOT = 11; // a version number 1.2.3 (a class's own __repr__): after a further '.'
const N_VER = 12;

// string flags
const S_BYTES = 1;
const S_ESC_SINGLE = 2; // wrote \'
const S_RAW_DOUBLE = 4; // a raw " inside '...'
const S_RAW_SINGLE = 8; // a raw ' inside "..."
const S_LOOSE = 16; // inside loose text: either quote, no quote rule

const BARE = ['None', 'True', 'False', 'inf', 'nan', 'infj', 'nanj', 'Ellipsis', 'NotImplemented'];
const NEG_BARE = ['inf', 'infj'];
const MAX_IDENT_KEPT = 16; // longer than every bare name: only a call can follow
const NO_CALL = ['None', 'True', 'False'];
const GENERIC = ['list', 'tuple', 'dict', 'set', 'frozenset', 'type']; // undotted names that take [...]
const MAX_WORD_CHARS = 40; // a name, or a word of loose text that starts with a letter
const MAX_NAME_DIGITS = 6; // digits in a row inside such a name (not False9999999...)

const SQ = 0x27;
const DQ = 0x22;
const BACKSLASH = 0x5c;
const DOT = 0x2e;

export const isDigit = (b: number): boolean => b >= 0x30 && b <= 0x39;
const isIdentStart = (b: number): boolean => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b >= 0x80;
export const isIdentByte = (b: number): boolean => isIdentStart(b) || isDigit(b);
const isLowerHex = (b: number): boolean => isDigit(b) || (b >= 0x61 && b <= 0x66);
const isHex = (b: number): boolean => isLowerHex(b) || (b >= 0x41 && b <= 0x46);
const isControl = (b: number): boolean => b < 0x20 || b === 0x7f;
const isAngleFrame = (f: string): boolean => f === F_ANGLE || f === F_ANGLE_PAREN || f === F_ANGLE_SQUARE || f === F_ANGLE_BRACE;
const isLooseFrame = (f: string): boolean => f === F_NAME || f === F_PAREN || f === F_SUB || isAngleFrame(f);

/** Characters a frame needs once its current item is done (`]`, `,)`, `: 0}`, ...). */
function closeCost(f: string): number {
  return f === F_TUPLE1 ? 2 : f === F_KEY ? 4 : 1;
}

export class ValueChecker {
  // the grammar
  private stack = '';
  private mode = M_VALUE;
  private alive = true;
  // number
  private num = 0;
  private numNeg = false;
  private numComplexOk = false; // first item of a '(': '+'/'-' may start an imaginary part
  private numNeedJ = false;
  private numIntDigits = 0;
  private numZero = false; // the integer part is 0
  private numFracDigits = 0;
  private numFracLastZero = false;
  // name
  private ident = '';
  private identNeg = false;
  private identDot = false; // ends with '.'
  private identDotted = false; // holds a '.'
  private identRun = 0; // characters of the name's last dotted part
  private nameDigits = 0; // digits in a row at the end of the name or word
  // loose text
  private word = 0; // characters of the current word (-1: a word that starts with a digit, not counted)
  private angleHead = 0; // 1: right after '<' (a name must start), 2: in that name
  private angleQuote = 0; // the quote of a string inside <...> text, which may stay open at the '>'
  // string
  private quote = 0;
  private strFlags = 0;
  private esc = 0; // 0: none, -1: after '\', n > 0: hex digits still due
  // cycle marker
  private dots = 0;
  // length
  private chars = 0;
  private cut = -1; // the '.'s of a cut after 97 characters; -1: no cut possible

  clone(): ValueChecker {
    const c = new ValueChecker();
    c.stack = this.stack;
    c.mode = this.mode;
    c.alive = this.alive;
    c.num = this.num;
    c.numNeg = this.numNeg;
    c.numComplexOk = this.numComplexOk;
    c.numNeedJ = this.numNeedJ;
    c.numIntDigits = this.numIntDigits;
    c.numZero = this.numZero;
    c.numFracDigits = this.numFracDigits;
    c.numFracLastZero = this.numFracLastZero;
    c.ident = this.ident;
    c.identNeg = this.identNeg;
    c.identDot = this.identDot;
    c.identDotted = this.identDotted;
    c.identRun = this.identRun;
    c.nameDigits = this.nameDigits;
    c.word = this.word;
    c.angleHead = this.angleHead;
    c.angleQuote = this.angleQuote;
    c.quote = this.quote;
    c.strFlags = this.strFlags;
    c.esc = this.esc;
    c.dots = this.dots;
    c.chars = this.chars;
    c.cut = this.cut;
    return c;
  }

  /** Feed one byte; false if no completion of the value can be canonical any more. */
  push(b: number): boolean {
    if ((b & 0xc0) !== 0x80) {
      this.chars++;
      if (this.chars === TRUNCATED_KEEP + 1) this.cut = this.alive ? 0 : -1;
      if (this.chars > TRUNCATED_KEEP && this.cut >= 0) this.cut = b === DOT && this.cut < 3 ? this.cut + 1 : -1;
    } else if (this.chars > TRUNCATED_KEEP) {
      this.cut = -1;
    }
    if (this.alive) {
      this.alive = this.step(b);
      if (this.alive && this.chars > TRUNCATED_KEEP) this.alive = this.chars + this.rest() <= MAX_VALUE_CHARS;
    }
    return this.alive || this.cut >= 0;
  }

  /** The value may end here. */
  complete(): boolean {
    return (this.alive && this.chars <= MAX_VALUE_CHARS && this.rest() === 0) || this.cut === 3;
  }

  // ---------------------------------------------------------------- transitions
  private top(): string {
    return this.stack.length ? this.stack[this.stack.length - 1]! : '';
  }

  private replaceTop(f: string): void {
    this.stack = this.stack.slice(0, -1) + f;
  }

  private pop(): void {
    this.stack = this.stack.slice(0, -1);
  }

  /** A value ended: what follows depends on the frame it is in. */
  private ended(): void {
    const top = this.top();
    this.mode = top === '' ? M_END : isLooseFrame(top) ? M_LOOSE : M_AFTER;
    this.word = 0;
  }

  /** A value starts in a strict frame: an empty frame now has an item. */
  private startItem(): void {
    const top = this.top();
    if (top === F_LIST0) this.replaceTop(F_LIST);
    else if (top === F_TUPLE0) this.replaceTop(F_TUPLE1);
    else if (top === F_BRACE0) this.replaceTop(F_BRACE1);
  }

  private step(b: number): boolean {
    switch (this.mode) {
      case M_VALUE:
        return this.valueByte(b);
      case M_AFTER:
        return this.afterByte(b);
      case M_SPACE:
        if (b !== 0x20) return false;
        this.mode = M_VALUE;
        return true;
      case M_NUM:
        return this.numByte(b);
      case M_IDENT:
        return this.identByte(b);
      case M_STR:
        return this.strByte(b);
      case M_LOOSE:
        return this.looseByte(b);
      case M_DOTS:
        return this.dotsByte(b);
      default: // M_END
        return false;
    }
  }

  private valueByte(b: number): boolean {
    const top = this.top();
    if (top === F_LIST0 || top === F_TUPLE0 || top === F_BRACE0) {
      if (b === (top === F_LIST0 ? 0x5d : top === F_TUPLE0 ? 0x29 : 0x7d)) {
        this.pop();
        this.ended();
        return true;
      }
      if (b === DOT) {
        this.mode = M_DOTS;
        this.dots = 1;
        return true;
      }
    }
    if (b === 0x5b || b === 0x28 || b === 0x7b) {
      this.startItem();
      this.stack += b === 0x5b ? F_LIST0 : b === 0x28 ? F_TUPLE0 : F_BRACE0;
      return true;
    }
    if (b === SQ || b === DQ) {
      this.startItem();
      this.openString(b, 0);
      return true;
    }
    if (b === 0x2d || isDigit(b)) {
      this.startItem();
      this.mode = M_NUM;
      this.numNeg = b === 0x2d;
      this.numComplexOk = top === F_TUPLE0;
      this.numNeedJ = false;
      this.numFracDigits = 0;
      this.numFracLastZero = false;
      if (b === 0x2d) {
        this.num = N_SIGN;
        this.numIntDigits = 0;
      } else {
        this.num = b === 0x30 ? N_ZERO : N_INT;
        this.numZero = b === 0x30;
        this.numIntDigits = 1;
      }
      return true;
    }
    if (isIdentStart(b)) {
      this.startItem();
      this.mode = M_IDENT;
      this.ident = String.fromCharCode(b);
      this.identNeg = false;
      this.identDot = false;
      this.identDotted = false;
      this.identRun = 1;
      this.nameDigits = 0;
      return true;
    }
    if (b === 0x3c) {
      this.startItem();
      this.openAngle();
      this.mode = M_LOOSE;
      return true;
    }
    return false;
  }

  private openAngle(): void {
    this.stack += F_ANGLE;
    this.angleHead = 1;
    this.word = 0;
  }

  private afterByte(b: number): boolean {
    switch (this.top()) {
      case F_LIST:
        if (b === 0x2c) return this.separator(F_LIST);
        return b === 0x5d && this.close();
      case F_TUPLE1:
        if (b !== 0x2c) return false;
        this.replaceTop(F_TUPLE_COMMA);
        return true;
      case F_TUPLE_COMMA:
        if (b === 0x20) {
          this.replaceTop(F_TUPLE);
          this.mode = M_VALUE;
          return true;
        }
        return b === 0x29 && this.close();
      case F_TUPLE:
        if (b === 0x2c) return this.separator(F_TUPLE);
        return b === 0x29 && this.close();
      case F_COMPLEX:
        return b === 0x29 && this.close();
      case F_BRACE1:
        if (b === 0x3a) return this.separator(F_VAL);
        if (b === 0x2c) return this.separator(F_SET);
        return b === 0x7d && this.close();
      case F_KEY:
        return b === 0x3a && this.separator(F_VAL);
      case F_VAL:
        if (b === 0x2c) return this.separator(F_KEY);
        return b === 0x7d && this.close();
      case F_SET:
        if (b === 0x2c) return this.separator(F_SET);
        return b === 0x7d && this.close();
      default:
        return false;
    }
  }

  private separator(next: string): boolean {
    if (this.top() !== next) this.replaceTop(next);
    this.mode = M_SPACE;
    return true;
  }

  private close(): boolean {
    this.pop();
    this.ended();
    return true;
  }

  private dotsByte(b: number): boolean {
    if (this.dots < 3) {
      if (b !== DOT) return false;
      this.dots++;
      return true;
    }
    const top = this.top();
    if (b !== (top === F_LIST0 ? 0x5d : top === F_TUPLE0 ? 0x29 : 0x7d)) return false;
    return this.close();
  }

  // ---------------------------------------------------------------- numbers
  private numByte(b: number): boolean {
    switch (this.num) {
      case N_SIGN:
      case N_ISIGN:
        if (b === 0x69 && this.num === N_SIGN) {
          // -inf
          this.mode = M_IDENT;
          this.ident = 'i';
          this.identNeg = true;
          this.identDot = false;
          this.identDotted = false;
          this.identRun = 1;
          this.nameDigits = 0;
          return true;
        }
        if (!isDigit(b)) return false;
        this.num = b === 0x30 ? N_ZERO : N_INT;
        this.numZero = b === 0x30;
        this.numIntDigits = 1;
        return true;
      case N_ZERO:
        if (isDigit(b)) return false; // no leading zeros
        if (b === DOT) return this.numTo(N_DOT);
        if (b === 0x6a) return this.numTo(N_J);
        return this.numEnd(b);
      case N_INT:
        if (isDigit(b)) {
          this.numIntDigits++;
          return true;
        }
        if (b === DOT) return this.numTo(N_DOT);
        if (b === 0x65) return this.numIntDigits === 1 && this.numTo(N_E); // one digit before an exponent
        if (b === 0x6a) return this.numTo(N_J);
        return this.numEnd(b);
      case N_DOT:
        if (!isDigit(b)) return false;
        this.num = N_FRAC;
        this.numFracDigits = 1;
        this.numFracLastZero = b === 0x30;
        return true;
      case N_FRAC:
        if (isDigit(b)) {
          this.numFracDigits++;
          this.numFracLastZero = b === 0x30;
          return true;
        }
        if (b === 0x65) return this.numIntDigits === 1 && !this.numZero && !this.numFracLastZero && this.numTo(N_E);
        if (b === 0x6a) return !(this.numFracDigits > 1 && this.numFracLastZero) && this.numTo(N_J);
        if (b === DOT) return !this.numNeg && !this.numNeedJ && this.numTo(N_VDOT);
        return this.numEnd(b);
      case N_VDOT:
        return isDigit(b) && this.numTo(N_VER);
      case N_VER:
        if (isDigit(b)) return true;
        if (b === DOT) return this.numTo(N_VDOT);
        return this.numEnd(b);
      case N_E:
        return (b === 0x2b || b === 0x2d) && this.numTo(N_ESIGN);
      case N_ESIGN:
        return isDigit(b) && this.numTo(N_EXP1);
      case N_EXP1:
        return isDigit(b) && this.numTo(N_EXP);
      case N_EXP:
        if (isDigit(b)) return true;
        if (b === 0x6a) return this.numTo(N_J);
        return this.numEnd(b);
      default: // N_J
        return this.numEnd(b);
    }
  }

  private numTo(state: number): boolean {
    this.num = state;
    return true;
  }

  /** Characters the number needs before it may end. */
  private numCost(): number {
    switch (this.num) {
      case N_SIGN:
      case N_ISIGN:
      case N_DOT:
      case N_EXP1:
        return 1 + (this.numNeedJ ? 1 : 0);
      case N_VDOT:
        return 1;
      case N_VER:
        return 0;
      case N_ZERO:
        return this.numNeg || this.numNeedJ ? 1 : 0; // -0 is no int: -0.0 or -0j
      case N_FRAC:
        return (this.numFracDigits > 1 && this.numFracLastZero ? 1 : 0) + (this.numNeedJ ? 1 : 0); // 1.50 is no repr
      case N_E:
        return 3 + (this.numNeedJ ? 1 : 0);
      case N_ESIGN:
        return 2 + (this.numNeedJ ? 1 : 0);
      case N_J:
        return 0;
      default: // N_INT, N_EXP
        return this.numNeedJ ? 1 : 0;
    }
  }

  /** A byte after a number: the number must be whole; a complex's '+'/'-' starts its imaginary part. */
  private numEnd(b: number): boolean {
    if ((b === 0x2b || b === 0x2d) && this.numComplexOk && this.num !== N_J && this.top() === F_TUPLE1) {
      if (this.numCost() !== 0 && this.num !== N_ZERO) return false; // a complex's real part may be -0
      this.replaceTop(F_COMPLEX);
      this.num = N_ISIGN;
      this.numNeg = false;
      this.numComplexOk = false;
      this.numNeedJ = true;
      this.numIntDigits = 0;
      this.numFracDigits = 0;
      this.numFracLastZero = false;
      return true;
    }
    if (this.numCost() !== 0) return false;
    this.ended();
    return this.step(b);
  }

  // ---------------------------------------------------------------- names
  private identByte(b: number): boolean {
    if (isIdentByte(b) && !(this.identDot && isDigit(b))) {
      if ((b & 0xc0) !== 0x80 && ++this.identRun > MAX_WORD_CHARS) return false;
      this.nameDigits = isDigit(b) ? this.nameDigits + 1 : 0;
      if (this.nameDigits > MAX_NAME_DIGITS) return false;
      if (this.ident.length < MAX_IDENT_KEPT) this.ident += String.fromCharCode(b);
      else this.ident = this.ident.slice(0, MAX_IDENT_KEPT) + '~'; // no bare name any more
      this.identDot = false;
      return !this.identNeg || NEG_BARE.some((n) => n.startsWith(this.ident));
    }
    if (b === DOT) {
      if (this.identNeg || this.identDot) return false;
      this.identDot = true;
      this.identDotted = true;
      this.identRun = 0;
      if (this.ident.length < MAX_IDENT_KEPT) this.ident += '.';
      return true;
    }
    if (this.identNeg || this.identDot) {
      if (!this.bareOk()) return false;
      this.ended();
      return this.step(b);
    }
    if (b === 0x28 || b === 0x5b) {
      // None(...) is no repr; name[...] is a generic alias: tuple[int], typing.Optional[str]
      if (NO_CALL.includes(this.ident) || (b === 0x5b && !this.identDotted && !GENERIC.includes(this.ident))) return false;
      this.stack += b === 0x28 ? F_NAME : F_SUB;
      this.mode = M_LOOSE;
      this.word = 0;
      return true;
    }
    if ((b === SQ || b === DQ) && this.ident === 'b') {
      this.openString(b, S_BYTES);
      return true;
    }
    if (!this.bareOk()) return false;
    this.ended();
    return this.step(b);
  }

  /** A name may stand alone: None, True, ..., or a dotted name (typing.List). */
  private bareOk(): boolean {
    if (this.identDot) return false;
    return this.identNeg ? NEG_BARE.includes(this.ident) : this.identDotted || BARE.includes(this.ident);
  }

  private identCost(): number {
    if (this.bareOk()) return 0;
    let best = this.identNeg ? Infinity : this.identDot ? 3 : 2; // a call: x() / x.y()
    if (!this.identDot) {
      for (const n of this.identNeg ? NEG_BARE : BARE) {
        if (n.startsWith(this.ident) && n.length - this.ident.length < best) best = n.length - this.ident.length;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- strings
  private openString(quote: number, flags: number): void {
    this.mode = M_STR;
    this.quote = quote;
    this.strFlags = flags;
    this.esc = 0;
  }

  private strByte(b: number): boolean {
    const loose = (this.strFlags & S_LOOSE) !== 0;
    const bytes = (this.strFlags & S_BYTES) !== 0;
    if (this.esc > 0) {
      if (!(loose ? isHex(b) : isLowerHex(b))) return false;
      this.esc--;
      return true;
    }
    if (this.esc === -1) {
      this.esc = 0;
      switch (b) {
        case BACKSLASH:
        case 0x6e: // n
        case 0x74: // t
        case 0x72: // r
          return true;
        case SQ:
          if (this.quote !== SQ && !loose) return false;
          this.strFlags |= S_ESC_SINGLE;
          return true;
        case DQ:
          return loose;
        case 0x78: // x
          this.esc = 2;
          return true;
        case 0x75: // u
          this.esc = 4;
          return !bytes;
        case 0x55: // U
          this.esc = 8;
          return !bytes;
        default:
          return false;
      }
    }
    if (b === this.quote) {
      if (!loose) {
        // repr picks "..." only for text with ' and no ", and then needs no escape
        if (this.quote === SQ && this.strFlags & S_ESC_SINGLE && !(this.strFlags & S_RAW_DOUBLE)) return false;
        if (this.quote === DQ && !(this.strFlags & S_RAW_SINGLE)) return false;
      }
      this.ended();
      return true;
    }
    if (b === BACKSLASH) {
      this.esc = -1;
      return true;
    }
    if (isControl(b)) return false;
    if (b >= 0x80) return !bytes || loose;
    if (b === DQ) this.strFlags |= S_RAW_DOUBLE;
    else if (b === SQ) this.strFlags |= S_RAW_SINGLE;
    return true;
  }

  private strCost(): number {
    let c = 1 + (this.esc === -1 ? 1 : this.esc);
    if (!(this.strFlags & S_LOOSE)) {
      if (this.quote === SQ && this.strFlags & S_ESC_SINGLE && !(this.strFlags & S_RAW_DOUBLE)) c++;
      if (this.quote === DQ && !(this.strFlags & S_RAW_SINGLE)) c++;
    }
    return c;
  }

  // ---------------------------------------------------------------- loose text
  private looseByte(b: number): boolean {
    const top = this.top();
    if (isAngleFrame(top)) {
      // <name ...>: free text where < > and brackets nest; quotes are text (reprs cut their own
      // strings: <re.Match ...; match='abc>)
      if (this.angleHead === 1) {
        if (!isIdentStart(b)) return false;
        this.angleHead = 2;
        return this.wordByte(b);
      }
      if (this.angleHead === 2) {
        if (isIdentByte(b)) return this.wordByte(b);
        if (b === DOT || b === 0x2d) {
          this.word = 0; // <_io.TextIOWrapper ...>, <built-in function len>
          return true;
        }
        // the name ends: <X object>, <Color.RED: 1>, <Thread(...)>, <frame, file ...>, <memory>
        if (b !== 0x20 && b !== 0x3a && b !== 0x3e && b !== 0x28 && b !== 0x2c) return false;
        this.angleHead = 0;
      }
      if (this.angleQuote) {
        // brackets are text here; the '>' of the <...> may end a string its repr cut
        if (b === this.angleQuote) this.angleQuote = 0;
        else if (b === 0x3e && top === F_ANGLE) {
          this.angleQuote = 0;
          return this.close();
        }
        return !isControl(b);
      }
      if (isIdentByte(b)) return this.wordByte(b);
      this.word = 0;
      if (b === SQ || b === DQ) this.angleQuote = b;
      else if (b === 0x3c) this.openAngle();
      else if (b === 0x3e && top === F_ANGLE) return this.close();
      else if (ANGLE_OPEN[b] !== undefined) this.stack += ANGLE_OPEN[b];
      else if (ANGLE_CLOSE[b] !== undefined) return ANGLE_CLOSE[b] === top && this.close();
      return !isControl(b);
    }
    if (isIdentByte(b)) return this.wordByte(b);
    this.word = 0;
    if (top === F_SUB && (b === 0x5b || b === 0x5d)) {
      if (b === 0x5b) this.stack += F_SUB;
      else return this.close();
      return true;
    }
    switch (b) {
      case 0x28: // (
        this.stack += F_PAREN;
        return true;
      case 0x29: // )
        return top !== F_SUB && this.close();
      case 0x3c: // <
        this.openAngle();
        return true;
      case 0x5b: // [
        this.stack += F_LIST0;
        this.mode = M_VALUE;
        return true;
      case 0x7b: // {
        this.stack += F_BRACE0;
        this.mode = M_VALUE;
        return true;
      case 0x5d:
      case 0x7d:
        return false;
      case SQ:
      case DQ:
        this.openString(b, S_LOOSE);
        return true;
      default:
        return !isControl(b);
    }
  }

  /** A letter or digit of loose text: words that start with a letter are names, and names are short. */
  private wordByte(b: number): boolean {
    if ((b & 0xc0) === 0x80) return true;
    if (this.word === 0) this.nameDigits = 0;
    if (this.word === 0 && isDigit(b)) this.word = -1;
    else if (this.word >= 0) {
      this.word++;
      this.nameDigits = isDigit(b) ? this.nameDigits + 1 : 0;
      if (this.nameDigits > MAX_NAME_DIGITS) return false;
    }
    return this.word <= MAX_WORD_CHARS;
  }

  // ---------------------------------------------------------------- length
  /** The fewest characters that complete the value from here. */
  private rest(): number {
    let frames = 0;
    for (let i = 0; i < this.stack.length; i++) frames += closeCost(this.stack[i]!);
    switch (this.mode) {
      case M_VALUE: {
        const top = this.top();
        return frames + (top === F_LIST0 || top === F_TUPLE0 || top === F_BRACE0 ? 0 : 1);
      }
      case M_SPACE:
        return frames + 2;
      case M_NUM:
        return frames + this.numCost();
      case M_IDENT:
        return frames + this.identCost();
      case M_STR:
        return frames + this.strCost();
      case M_DOTS:
        return frames + 3 - this.dots;
      case M_LOOSE:
        return frames + (this.angleHead === 1 || (this.angleQuote && this.top() !== F_ANGLE) ? 1 : 0);
      default: // M_AFTER, M_END
        return frames;
    }
  }
}

/** Whether a whole value string is canonical (e.g. a value the user typed, once canonicalized). */
export function isWellFormedValue(value: string): boolean {
  const checker = new ValueChecker();
  for (const b of new TextEncoder().encode(value)) if (!checker.push(b)) return false;
  return checker.complete();
}

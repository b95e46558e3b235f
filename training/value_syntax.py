"""The canonical value grammar, checked incrementally: the Python twin of
model-runtime/value-syntax.ts (the grammar itself is written out there and in
docs/trace-format.md, "Canonical values"). Both pass test/fixtures/canonical_values.json.

`ValueChecker.push(b)` feeds one UTF-8 byte and is False as soon as no completion of the bytes
so far is a canonical value (what training/canon.py can write); `complete()` says the value may
end here. `is_canonical_value(text)` checks a whole string. Keep the two files in step: the
states, frames and costs are the same, name for name.
"""
from __future__ import annotations

MAX_VALUE_CHARS = 100
TRUNCATED_KEEP = 97

# modes
M_VALUE, M_AFTER, M_SPACE, M_NUM, M_IDENT, M_STR, M_LOOSE, M_DOTS, M_END = range(9)

# frames: one character each, the stack is a string
F_LIST0, F_LIST = "l", "L"
F_TUPLE0, F_TUPLE1, F_TUPLE_COMMA, F_TUPLE, F_COMPLEX = "t", "u", "c", "T", "C"
F_BRACE0, F_BRACE1, F_KEY, F_VAL, F_SET = "b", "B", "K", "V", "S"
F_NAME, F_PAREN, F_ANGLE, F_SUB = "N", "P", "A", "Q"
F_ANGLE_PAREN, F_ANGLE_SQUARE, F_ANGLE_BRACE = "p", "q", "r"  # brackets inside <...>, which balance
ANGLE_FRAMES = frozenset((F_ANGLE, F_ANGLE_PAREN, F_ANGLE_SQUARE, F_ANGLE_BRACE))
ANGLE_OPEN = {0x28: F_ANGLE_PAREN, 0x5B: F_ANGLE_SQUARE, 0x7B: F_ANGLE_BRACE}
ANGLE_CLOSE = {0x29: F_ANGLE_PAREN, 0x5D: F_ANGLE_SQUARE, 0x7D: F_ANGLE_BRACE}
LOOSE_FRAMES = frozenset((F_NAME, F_PAREN, F_SUB)) | ANGLE_FRAMES
EMPTY_CLOSER = {F_LIST0: 0x5D, F_TUPLE0: 0x29, F_BRACE0: 0x7D}

# number states
N_SIGN, N_ISIGN, N_ZERO, N_INT, N_DOT, N_FRAC, N_E, N_ESIGN, N_EXP1, N_EXP, N_J, N_VDOT, N_VER = range(13)

# string flags
S_BYTES, S_ESC_SINGLE, S_RAW_DOUBLE, S_RAW_SINGLE, S_LOOSE = 1, 2, 4, 8, 16

BARE = ("None", "True", "False", "inf", "nan", "infj", "nanj", "Ellipsis", "NotImplemented")
NEG_BARE = ("inf", "infj")
MAX_IDENT_KEPT = 16
NO_CALL = ("None", "True", "False")
GENERIC = ("list", "tuple", "dict", "set", "frozenset", "type")
MAX_WORD_CHARS = 40
MAX_NAME_DIGITS = 6

SQ, DQ, BACKSLASH, DOT = 0x27, 0x22, 0x5C, 0x2E


def _digit(b: int) -> bool:
    return 0x30 <= b <= 0x39


def _ident_start(b: int) -> bool:
    return 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A or b == 0x5F or b >= 0x80


def _lower_hex(b: int) -> bool:
    return _digit(b) or 0x61 <= b <= 0x66


def _hex(b: int) -> bool:
    return _lower_hex(b) or 0x41 <= b <= 0x46


def _control(b: int) -> bool:
    return b < 0x20 or b == 0x7F


def _close_cost(f: str) -> int:
    return 2 if f == F_TUPLE1 else 4 if f == F_KEY else 1


class ValueChecker:
    def __init__(self) -> None:
        self.stack = ""
        self.mode = M_VALUE
        self.alive = True
        self.num = 0
        self.num_neg = False
        self.num_complex_ok = False
        self.num_need_j = False
        self.num_int_digits = 0
        self.num_zero = False
        self.num_frac_digits = 0
        self.num_frac_last_zero = False
        self.ident = ""
        self.ident_neg = False
        self.ident_dot = False
        self.ident_dotted = False
        self.ident_run = 0
        self.name_digits = 0
        self.word = 0
        self.angle_head = 0
        self.angle_quote = 0
        self.quote = 0
        self.str_flags = 0
        self.esc = 0
        self.dots = 0
        self.chars = 0
        self.cut = -1

    def clone(self) -> "ValueChecker":
        c = ValueChecker.__new__(ValueChecker)
        c.__dict__.update(self.__dict__)
        return c

    def push(self, b: int) -> bool:
        """Feed one byte; False if no completion of the value can be canonical any more."""
        if b & 0xC0 != 0x80:
            self.chars += 1
            if self.chars == TRUNCATED_KEEP + 1:
                self.cut = 0 if self.alive else -1
            if self.chars > TRUNCATED_KEEP and self.cut >= 0:
                self.cut = self.cut + 1 if b == DOT and self.cut < 3 else -1
        elif self.chars > TRUNCATED_KEEP:
            self.cut = -1
        if self.alive:
            self.alive = self._step(b)
            if self.alive and self.chars > TRUNCATED_KEEP:
                self.alive = self.chars + self._rest() <= MAX_VALUE_CHARS
        return self.alive or self.cut >= 0

    def complete(self) -> bool:
        """The value may end here."""
        return (self.alive and self.chars <= MAX_VALUE_CHARS and self._rest() == 0) or self.cut == 3

    # ------------------------------------------------------------ transitions
    def _top(self) -> str:
        return self.stack[-1] if self.stack else ""

    def _replace_top(self, f: str) -> None:
        self.stack = self.stack[:-1] + f

    def _ended(self) -> None:
        top = self._top()
        self.mode = M_END if top == "" else M_LOOSE if top in LOOSE_FRAMES else M_AFTER
        self.word = 0

    def _close(self) -> bool:
        self.stack = self.stack[:-1]
        self._ended()
        return True

    def _start_item(self) -> None:
        top = self._top()
        if top == F_LIST0:
            self._replace_top(F_LIST)
        elif top == F_TUPLE0:
            self._replace_top(F_TUPLE1)
        elif top == F_BRACE0:
            self._replace_top(F_BRACE1)

    def _step(self, b: int) -> bool:
        m = self.mode
        if m == M_VALUE:
            return self._value_byte(b)
        if m == M_AFTER:
            return self._after_byte(b)
        if m == M_SPACE:
            if b != 0x20:
                return False
            self.mode = M_VALUE
            return True
        if m == M_NUM:
            return self._num_byte(b)
        if m == M_IDENT:
            return self._ident_byte(b)
        if m == M_STR:
            return self._str_byte(b)
        if m == M_LOOSE:
            return self._loose_byte(b)
        if m == M_DOTS:
            return self._dots_byte(b)
        return False  # M_END

    def _value_byte(self, b: int) -> bool:
        top = self._top()
        if top in EMPTY_CLOSER:
            if b == EMPTY_CLOSER[top]:
                return self._close()
            if b == DOT:
                self.mode = M_DOTS
                self.dots = 1
                return True
        if b in (0x5B, 0x28, 0x7B):
            self._start_item()
            self.stack += F_LIST0 if b == 0x5B else F_TUPLE0 if b == 0x28 else F_BRACE0
            return True
        if b in (SQ, DQ):
            self._start_item()
            self._open_string(b, 0)
            return True
        if b == 0x2D or _digit(b):
            self._start_item()
            self.mode = M_NUM
            self.num_neg = b == 0x2D
            self.num_complex_ok = top == F_TUPLE0
            self.num_need_j = False
            self.num_frac_digits = 0
            self.num_frac_last_zero = False
            if b == 0x2D:
                self.num = N_SIGN
                self.num_int_digits = 0
            else:
                self.num = N_ZERO if b == 0x30 else N_INT
                self.num_zero = b == 0x30
                self.num_int_digits = 1
            return True
        if _ident_start(b):
            self._start_item()
            self._open_ident(chr(b), False)
            return True
        if b == 0x3C:
            self._start_item()
            self._open_angle()
            self.mode = M_LOOSE
            return True
        return False

    def _open_angle(self) -> None:
        self.stack += F_ANGLE
        self.angle_head = 1
        self.word = 0

    def _after_byte(self, b: int) -> bool:
        top = self._top()
        if top == F_LIST:
            return self._separator(F_LIST) if b == 0x2C else b == 0x5D and self._close()
        if top == F_TUPLE1:
            if b != 0x2C:
                return False
            self._replace_top(F_TUPLE_COMMA)
            return True
        if top == F_TUPLE_COMMA:
            if b == 0x20:
                self._replace_top(F_TUPLE)
                self.mode = M_VALUE
                return True
            return b == 0x29 and self._close()
        if top == F_TUPLE:
            return self._separator(F_TUPLE) if b == 0x2C else b == 0x29 and self._close()
        if top == F_COMPLEX:
            return b == 0x29 and self._close()
        if top == F_BRACE1:
            if b == 0x3A:
                return self._separator(F_VAL)
            if b == 0x2C:
                return self._separator(F_SET)
            return b == 0x7D and self._close()
        if top == F_KEY:
            return b == 0x3A and self._separator(F_VAL)
        if top == F_VAL:
            return self._separator(F_KEY) if b == 0x2C else b == 0x7D and self._close()
        if top == F_SET:
            return self._separator(F_SET) if b == 0x2C else b == 0x7D and self._close()
        return False

    def _separator(self, nxt: str) -> bool:
        if self._top() != nxt:
            self._replace_top(nxt)
        self.mode = M_SPACE
        return True

    def _dots_byte(self, b: int) -> bool:
        if self.dots < 3:
            if b != DOT:
                return False
            self.dots += 1
            return True
        return b == EMPTY_CLOSER.get(self._top()) and self._close()

    # ------------------------------------------------------------ numbers
    def _num_byte(self, b: int) -> bool:
        n = self.num
        if n in (N_SIGN, N_ISIGN):
            if b == 0x69 and n == N_SIGN:  # -inf
                self._open_ident("i", True)
                return True
            if not _digit(b):
                return False
            self.num = N_ZERO if b == 0x30 else N_INT
            self.num_zero = b == 0x30
            self.num_int_digits = 1
            return True
        if n == N_ZERO:
            if _digit(b):
                return False  # no leading zeros
            if b == DOT:
                return self._num_to(N_DOT)
            if b == 0x6A:
                return self._num_to(N_J)
            return self._num_end(b)
        if n == N_INT:
            if _digit(b):
                self.num_int_digits += 1
                return True
            if b == DOT:
                return self._num_to(N_DOT)
            if b == 0x65:
                return self.num_int_digits == 1 and self._num_to(N_E)
            if b == 0x6A:
                return self._num_to(N_J)
            return self._num_end(b)
        if n == N_DOT:
            if not _digit(b):
                return False
            self.num = N_FRAC
            self.num_frac_digits = 1
            self.num_frac_last_zero = b == 0x30
            return True
        if n == N_FRAC:
            if _digit(b):
                self.num_frac_digits += 1
                self.num_frac_last_zero = b == 0x30
                return True
            if b == 0x65:
                return (self.num_int_digits == 1 and not self.num_zero and not self.num_frac_last_zero
                        and self._num_to(N_E))
            if b == 0x6A:
                return not (self.num_frac_digits > 1 and self.num_frac_last_zero) and self._num_to(N_J)
            if b == DOT:  # a version number 1.2.3
                return not self.num_neg and not self.num_need_j and self._num_to(N_VDOT)
            return self._num_end(b)
        if n == N_VDOT:
            return _digit(b) and self._num_to(N_VER)
        if n == N_VER:
            if _digit(b):
                return True
            if b == DOT:
                return self._num_to(N_VDOT)
            return self._num_end(b)
        if n == N_E:
            return b in (0x2B, 0x2D) and self._num_to(N_ESIGN)
        if n == N_ESIGN:
            return _digit(b) and self._num_to(N_EXP1)
        if n == N_EXP1:
            return _digit(b) and self._num_to(N_EXP)
        if n == N_EXP:
            if _digit(b):
                return True
            if b == 0x6A:
                return self._num_to(N_J)
            return self._num_end(b)
        return self._num_end(b)  # N_J

    def _num_to(self, state: int) -> bool:
        self.num = state
        return True

    def _num_cost(self) -> int:
        n, j = self.num, 1 if self.num_need_j else 0
        if n in (N_SIGN, N_ISIGN, N_DOT, N_EXP1):
            return 1 + j
        if n == N_VDOT:
            return 1
        if n == N_VER:
            return 0
        if n == N_ZERO:
            return 1 if self.num_neg or self.num_need_j else 0
        if n == N_FRAC:
            return (1 if self.num_frac_digits > 1 and self.num_frac_last_zero else 0) + j
        if n == N_E:
            return 3 + j
        if n == N_ESIGN:
            return 2 + j
        if n == N_J:
            return 0
        return j  # N_INT, N_EXP

    def _num_end(self, b: int) -> bool:
        if b in (0x2B, 0x2D) and self.num_complex_ok and self.num != N_J and self._top() == F_TUPLE1:
            if self._num_cost() != 0 and self.num != N_ZERO:
                return False
            self._replace_top(F_COMPLEX)
            self.num = N_ISIGN
            self.num_neg = False
            self.num_complex_ok = False
            self.num_need_j = True
            self.num_int_digits = 0
            self.num_frac_digits = 0
            self.num_frac_last_zero = False
            return True
        if self._num_cost() != 0:
            return False
        self._ended()
        return self._step(b)

    # ------------------------------------------------------------ names
    def _open_ident(self, first: str, neg: bool) -> None:
        self.mode = M_IDENT
        self.ident = first
        self.ident_neg = neg
        self.ident_dot = False
        self.ident_dotted = False
        self.ident_run = 1
        self.name_digits = 0

    def _ident_byte(self, b: int) -> bool:
        if (_ident_start(b) or _digit(b)) and not (self.ident_dot and _digit(b)):
            if b & 0xC0 != 0x80:
                self.ident_run += 1
                if self.ident_run > MAX_WORD_CHARS:
                    return False
            self.name_digits = self.name_digits + 1 if _digit(b) else 0
            if self.name_digits > MAX_NAME_DIGITS:
                return False
            if len(self.ident) < MAX_IDENT_KEPT:
                self.ident += chr(b)
            else:
                self.ident = self.ident[:MAX_IDENT_KEPT] + "~"
            self.ident_dot = False
            return not self.ident_neg or any(n.startswith(self.ident) for n in NEG_BARE)
        if b == DOT:
            if self.ident_neg or self.ident_dot:
                return False
            self.ident_dot = True
            self.ident_dotted = True
            self.ident_run = 0
            if len(self.ident) < MAX_IDENT_KEPT:
                self.ident += "."
            return True
        if self.ident_neg or self.ident_dot:
            if not self._bare_ok():
                return False
            self._ended()
            return self._step(b)
        if b in (0x28, 0x5B):
            if self.ident in NO_CALL or (b == 0x5B and not self.ident_dotted and self.ident not in GENERIC):
                return False
            self.stack += F_NAME if b == 0x28 else F_SUB
            self.mode = M_LOOSE
            self.word = 0
            return True
        if b in (SQ, DQ) and self.ident == "b":
            self._open_string(b, S_BYTES)
            return True
        if not self._bare_ok():
            return False
        self._ended()
        return self._step(b)

    def _bare_ok(self) -> bool:
        if self.ident_dot:
            return False
        if self.ident_neg:
            return self.ident in NEG_BARE
        return self.ident_dotted or self.ident in BARE

    def _ident_cost(self) -> float:
        if self._bare_ok():
            return 0
        best = float("inf") if self.ident_neg else 3 if self.ident_dot else 2
        if not self.ident_dot:
            for n in NEG_BARE if self.ident_neg else BARE:
                if n.startswith(self.ident):
                    best = min(best, len(n) - len(self.ident))
        return best

    # ------------------------------------------------------------ strings
    def _open_string(self, quote: int, flags: int) -> None:
        self.mode = M_STR
        self.quote = quote
        self.str_flags = flags
        self.esc = 0

    def _str_byte(self, b: int) -> bool:
        loose = bool(self.str_flags & S_LOOSE)
        is_bytes = bool(self.str_flags & S_BYTES)
        if self.esc > 0:
            if not (_hex(b) if loose else _lower_hex(b)):
                return False
            self.esc -= 1
            return True
        if self.esc == -1:
            self.esc = 0
            if b in (BACKSLASH, 0x6E, 0x74, 0x72):
                return True
            if b == SQ:
                if self.quote != SQ and not loose:
                    return False
                self.str_flags |= S_ESC_SINGLE
                return True
            if b == DQ:
                return loose
            if b == 0x78:
                self.esc = 2
                return True
            if b in (0x75, 0x55):
                self.esc = 4 if b == 0x75 else 8
                return not is_bytes
            return False
        if b == self.quote:
            if not loose:
                f = self.str_flags
                if self.quote == SQ and f & S_ESC_SINGLE and not f & S_RAW_DOUBLE:
                    return False
                if self.quote == DQ and not f & S_RAW_SINGLE:
                    return False
            self._ended()
            return True
        if b == BACKSLASH:
            self.esc = -1
            return True
        if _control(b):
            return False
        if b >= 0x80:
            return not is_bytes or loose
        if b == DQ:
            self.str_flags |= S_RAW_DOUBLE
        elif b == SQ:
            self.str_flags |= S_RAW_SINGLE
        return True

    def _str_cost(self) -> int:
        c = 1 + (1 if self.esc == -1 else self.esc)
        f = self.str_flags
        if not f & S_LOOSE:
            if self.quote == SQ and f & S_ESC_SINGLE and not f & S_RAW_DOUBLE:
                c += 1
            if self.quote == DQ and not f & S_RAW_SINGLE:
                c += 1
        return c

    # ------------------------------------------------------------ loose text
    def _loose_byte(self, b: int) -> bool:
        top = self._top()
        if top in ANGLE_FRAMES:
            if self.angle_head == 1:
                if not _ident_start(b):
                    return False
                self.angle_head = 2
                return self._word_byte(b)
            if self.angle_head == 2:
                if _ident_start(b) or _digit(b):
                    return self._word_byte(b)
                if b in (DOT, 0x2D):
                    self.word = 0
                    return True
                if b not in (0x20, 0x3A, 0x3E, 0x28, 0x2C):
                    return False
                self.angle_head = 0
            if self.angle_quote:
                if b == self.angle_quote:
                    self.angle_quote = 0
                elif b == 0x3E and top == F_ANGLE:
                    self.angle_quote = 0
                    return self._close()
                return not _control(b)
            if _ident_start(b) or _digit(b):
                return self._word_byte(b)
            self.word = 0
            if b in (SQ, DQ):
                self.angle_quote = b
            elif b == 0x3C:
                self._open_angle()
            elif b == 0x3E and top == F_ANGLE:
                return self._close()
            elif b in ANGLE_OPEN:
                self.stack += ANGLE_OPEN[b]
            elif b in ANGLE_CLOSE:
                return ANGLE_CLOSE[b] == top and self._close()
            return not _control(b)
        if _ident_start(b) or _digit(b):
            return self._word_byte(b)
        self.word = 0
        if top == F_SUB and b in (0x5B, 0x5D):
            if b == 0x5D:
                return self._close()
            self.stack += F_SUB
            return True
        if b == 0x28:
            self.stack += F_PAREN
            return True
        if b == 0x29:
            return top != F_SUB and self._close()
        if b == 0x3C:
            self._open_angle()
            return True
        if b in (0x5B, 0x7B):
            self.stack += F_LIST0 if b == 0x5B else F_BRACE0
            self.mode = M_VALUE
            return True
        if b in (0x5D, 0x7D):
            return False
        if b in (SQ, DQ):
            self._open_string(b, S_LOOSE)
            return True
        return not _control(b)

    def _word_byte(self, b: int) -> bool:
        if b & 0xC0 == 0x80:
            return True
        if self.word == 0:
            self.name_digits = 0
        if self.word == 0 and _digit(b):
            self.word = -1
        elif self.word >= 0:
            self.word += 1
            self.name_digits = self.name_digits + 1 if _digit(b) else 0
            if self.name_digits > MAX_NAME_DIGITS:
                return False
        return self.word <= MAX_WORD_CHARS

    # ------------------------------------------------------------ length
    def _rest(self) -> float:
        """The fewest characters that complete the value from here."""
        frames = sum(_close_cost(f) for f in self.stack)
        m = self.mode
        if m == M_VALUE:
            return frames + (0 if self._top() in EMPTY_CLOSER else 1)
        if m == M_SPACE:
            return frames + 2
        if m == M_NUM:
            return frames + self._num_cost()
        if m == M_IDENT:
            return frames + self._ident_cost()
        if m == M_STR:
            return frames + self._str_cost()
        if m == M_DOTS:
            return frames + 3 - self.dots
        if m == M_LOOSE:
            return frames + (1 if self.angle_head == 1 or (self.angle_quote and self._top() != F_ANGLE) else 0)
        return frames


def is_canonical_value(text: str) -> bool:
    """Whether a whole string is a value canon() can write."""
    checker = ValueChecker()
    for b in text.encode("utf-8"):
        if not checker.push(b):
            return False
    return checker.complete()

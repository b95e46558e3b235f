/** Breakpoint placement without running Python (no model needed). */
import { describe, expect, it } from 'vitest';
import { executableLines, placeBreakpoint } from '../../adapter/executableLines.js';

// Its line starts as CPython 3.11 reports them (dis.findlinestarts over all code objects, as
// training/tracer.py collects them; line 0 left out) are listed in the first test.
const SAMPLE = `import os
x = [1, 2]
try:
    y = 1
except ValueError:
    pass
else:
    z = 2
finally:
    w = 3
if x:
    pass
elif y:
    pass
else:
    q = 1
@staticmethod
def f(a,
      b):
    """doc"""
    global x
    return a
class C:
    """class doc"""
    k = 1
for i in []:
    continue
with open('/dev/null') as fh:
    pass
async def g(): await h()
`;

describe('executable lines', () => {
  it('match the line starts CPython reports, where the lexer can tell', () => {
    const cpython = [1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13, 14, 16, 17, 18, 22, 23, 24, 25, 26, 27, 28, 29, 30];
    expect(executableLines(SAMPLE)).toEqual(cpython);
  });

  it('leave out continuation lines and blank or comment lines', () => {
    expect(executableLines('x = [1,\n     2]\n\n# c\ny = 3\n')).toEqual([1, 5]);
  });
});

describe('breakpoint placement (as debugpy)', () => {
  const code = [2, 3, 7];
  it('keeps lines with code, moves others up to the closest code line', () => {
    expect(placeBreakpoint(code, 9, 3)).toEqual({ verified: true, line: 3 });
    expect(placeBreakpoint(code, 9, 5)).toEqual({ verified: true, line: 3 });
    expect(placeBreakpoint(code, 9, 9)).toEqual({ verified: true, line: 7 });
  });

  it('reports what it cannot place', () => {
    expect(placeBreakpoint(code, 9, 1)).toMatchObject({ verified: false, message: 'no code at or above line 1' });
    expect(placeBreakpoint(code, 9, 10)).toMatchObject({ verified: false, message: 'line 10 is past the end of the file (9 lines)' });
    for (const bad of [0, -3, 2.5, '4', null, NaN]) expect(placeBreakpoint(code, 9, bad), String(bad)).toMatchObject({ verified: false });
  });
});

// The pure parts of the real-debugpy backend, on inputs cut and shaped the way debugpy sends them.
import { describe, expect, it } from 'vitest';
import { isRequestSupported } from '../../adapter/debugpy/capabilities';
import { encodeMessage, MessageDecoder } from '../../adapter/debugpy/framing';
import { parseProbeResult, probeExpression } from '../../adapter/debugpy/probe';
import { StdoutCollector } from '../../adapter/debugpy/stdoutCollector';
import { uncaughtFromStderr } from '../../adapter/debugpy/uncaughtException';

describe('framing', () => {
  it('decodes messages cut at every byte, with multi-byte UTF-8', () => {
    const messages = [{ seq: 1, text: 'é中😀' }, { seq: 2, body: { n: [1, 2] } }];
    const bytes = Buffer.concat(messages.map(encodeMessage));
    const decoder = new MessageDecoder();
    const out: unknown[] = [];
    for (let i = 0; i < bytes.length; i++) out.push(...decoder.push(bytes.subarray(i, i + 1)));
    expect(out).toEqual(messages);
  });

  it('rejects a header without Content-Length', () => {
    expect(() => new MessageDecoder().push(Buffer.from('X: 1\r\n\r\n{}'))).toThrow(/Content-Length/);
  });
});

describe('capabilities', () => {
  const caps = { supportsSetVariable: true, supportsTerminateRequest: true };
  it('allows base requests and advertised ones only', () => {
    expect(isRequestSupported('stackTrace', caps)).toBe(true);
    expect(isRequestSupported('setVariable', caps)).toBe(true);
    expect(isRequestSupported('stepBack', caps)).toBe(false);
    expect(isRequestSupported('restartFrame', caps)).toBe(false);
    expect(isRequestSupported('somethingCustom', caps)).toBe(false);
  });
});

describe('stdout collector', () => {
  it('removes a marker split across chunks and forwards everything else', () => {
    const forwarded: string[] = [];
    const collector = new StdoutCollector((t) => forwarded.push(t));
    const marker = '\u0000ndb-stop:ab:1\u0000';
    let arrived = false;
    void collector.awaitMarker(marker).then(() => (arrived = true));
    const stream = `hello \u0000 not it\n${marker}after`;
    for (const ch of stream) collector.push(ch);
    return Promise.resolve().then(() => {
      expect(arrived).toBe(true);
      expect(forwarded.join('')).toBe('hello \u0000 not it\nafter');
      expect(collector.take()).toBe('hello \u0000 not it\nafter');
      expect(collector.take()).toBe('');
    });
  });

  it('releases held-back text when the marker is cancelled', () => {
    const collector = new StdoutCollector(() => {});
    void collector.awaitMarker('\u0000ndb-stop:x:2\u0000');
    collector.push('tail\u0000ndb');
    expect(collector.take()).toBe('tail');
    collector.cancelMarker();
    expect(collector.take()).toBe('\u0000ndb');
  });
});

describe('uncaught exception from stderr', () => {
  it('reads the last traceback, keeping the unqualified type name', () => {
    const stderr = [
      'Traceback (most recent call last):',
      '  File "/p.py", line 3, in <module>',
      '    f()',
      'ValueError: first',
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/p.py", line 5, in <module>',
      '    raise pkg.errors.Custom("two\\nlines")',
      'pkg.errors.Custom: two',
      'lines',
      '',
    ].join('\n');
    expect(uncaughtFromStderr(stderr)).toEqual(['Custom', 'two\nlines']);
    expect(uncaughtFromStderr('Traceback (most recent call last):\n  File "x", line 1\nKeyboardInterrupt\n')).toEqual([
      'KeyboardInterrupt',
      '',
    ]);
    expect(uncaughtFromStderr('just a warning\n')).toBeNull();
  });
});

describe('probe', () => {
  it('parses the repr pydevd returns and reports failures with their text', () => {
    const json = JSON.stringify({ values: { s: "it's \\ \"q\"" } });
    const repr = `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    expect(parseProbeResult(repr)).toEqual({ values: { s: "it's \\ \"q\"" } });
    expect(() => parseProbeResult("KeyError('x')")).toThrow(/KeyError\('x'\)/);
  });

  it('passes names and marker as Python literals', () => {
    const expr = probeExpression('/b/python', ['.0', 'x"y'], { marker: '\u0000m\u0000', nodelay: false });
    expect(expr).toContain('.frame_state(locals(), [".0","x\\"y"], "\\u0000m\\u0000")');
    expect(expr).toContain('start(False)');
  });
});

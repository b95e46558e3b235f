/**
 * The client side of bundled/python/ndb_probe.py: the `evaluate` expression that reads a
 * stopped frame's canonical locals (and, for the top frame, the kind of stop and the stdout
 * marker) in one request, and the parsing of its answer.
 */
import { DebugpyError } from './errors';

export interface FrameProbe {
  /** Canonical value of each listed variable. */
  values: Record<string, string>;
  /** Top frame: pydevd's trace event at the suspension ("line", "return", "exception", ...). */
  event?: string | null;
  /** Top frame at a return stop: the canonical returned value. */
  value?: string | null;
  /** Top frame: whether the stdout marker was written. */
  synced?: boolean;
}

/**
 * One expression for pydevd's `evaluate`. pydevd evaluates it with the frame's globals and
 * locals merged into one dict, which a top-level `locals()` returns. The helper modules are
 * loaded from `pythonDir` by path on first use (no change to the program's sys.path), by an
 * `exec` in a fresh namespace so that nothing leaks into the program's variables.
 */
export function probeExpression(pythonDir: string, names: readonly string[], options: { marker?: string; nodelay: boolean }): string {
  const boot = [
    'import importlib.util, os, sys',
    "for name in ('ndb_canon', 'ndb_probe'):",
    `    spec = importlib.util.spec_from_file_location(name, os.path.join(${py(pythonDir)}, name + '.py'))`,
    '    module = importlib.util.module_from_spec(spec)',
    '    sys.modules[name] = module',
    '    spec.loader.exec_module(module)',
    `sys.modules['ndb_probe'].start(${options.nodelay ? 'True' : 'False'})`,
  ].join('\n');
  const modules = "__import__('sys').modules";
  const probe = `(${modules}.get('ndb_probe') or exec(${py(boot)}, {}) or ${modules}['ndb_probe'])`;
  return `${probe}.frame_state(locals(), ${py(names)}, ${options.marker === undefined ? 'None' : py(options.marker)})`;
}

/** Parses an evaluate result (the repr of the probe's JSON string, with context "clipboard"). */
export function parseProbeResult(result: string): FrameProbe {
  const json = unquotePythonRepr(result);
  if (json === null) {
    // In the clipboard context pydevd reports a failed evaluation as a successful result.
    throw new DebugpyError(`reading the frame's variables failed in the debuggee: ${result.slice(0, 500)}`);
  }
  try {
    return JSON.parse(json) as FrameProbe;
  } catch {
    throw new DebugpyError(`the debuggee answered with something other than JSON: ${json.slice(0, 500)}`);
  }
}

/** A Python literal: JSON strings and lists of strings are valid Python. */
function py(value: string | readonly string[]): string {
  return JSON.stringify(value);
}

/** The string a Python `repr` of an ASCII str denotes, or null when `text` is not one. */
function unquotePythonRepr(text: string): string | null {
  const quote = text[0];
  if ((quote !== "'" && quote !== '"') || text.length < 2 || text[text.length - 1] !== quote) return null;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t' };
  return text
    .slice(1, -1)
    .replace(/\\(x[0-9a-fA-F]{2}|.)/g, (_, e: string) =>
      e.length === 3 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (escapes[e] ?? e),
    );
}

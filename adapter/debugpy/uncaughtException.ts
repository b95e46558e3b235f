/**
 * The exception that ended a program, read from the traceback Python printed to stderr:
 * `[type name, message]` as the tracer writes it (`type(e).__name__`, `str(e)` cut to 200).
 */
const TRACEBACK_HEADER = 'Traceback (most recent call last):\n';
const MESSAGE_LIMIT = 200;

export function uncaughtFromStderr(stderr: string): [string, string] | null {
  const start = stderr.lastIndexOf(TRACEBACK_HEADER);
  if (start < 0) return null;
  const lines = stderr.slice(start + TRACEBACK_HEADER.length).split('\n');
  // Frames and source lines are indented; the exception line is the first that is not.
  const at = lines.findIndex((line) => line !== '' && !/^\s/.test(line));
  if (at < 0) return null;
  const text = lines.slice(at).join('\n').replace(/\n+$/, '');
  const match = /^([A-Za-z_][\w.]*)(?:: ([\s\S]*))?$/.exec(text);
  if (!match) return null;
  const qualified = match[1] ?? '';
  // Exceptions outside builtins and __main__ are printed with their module: keep the name.
  const name = qualified.slice(qualified.lastIndexOf('.') + 1);
  return [name, (match[2] ?? '').slice(0, MESSAGE_LIMIT)];
}

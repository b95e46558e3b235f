/**
 * Errors of the real-debugpy backend. Each names the problem the user has to fix (or the
 * request debugpy did not answer), so the extension can show the message as is.
 */
export class DebugpyError extends Error {
  override name = 'DebugpyError';
}

/** No usable Python: not found, not runnable, or too old for debugpy. */
export class InterpreterError extends DebugpyError {
  override name = 'InterpreterError';
}

/** The program cannot be debugged as given: missing file or a syntax error. */
export class ProgramError extends DebugpyError {
  override name = 'ProgramError';
  constructor(
    message: string,
    /** 1-based line of a syntax error, when that is the problem. */
    readonly line: number | null = null,
  ) {
    super(message);
  }
}

/** debugpy did not answer a request in time; the session was closed because debugpy wedges after that. */
export class DapTimeoutError extends DebugpyError {
  override name = 'DapTimeoutError';
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`debugpy did not answer '${command}' within ${timeoutMs} ms; the debug session was closed`);
  }
}

/** A request debugpy does not advertise in its capabilities; refused without sending it. */
export class UnsupportedRequestError extends DebugpyError {
  override name = 'UnsupportedRequestError';
  constructor(readonly command: string) {
    super(`debugpy does not support '${command}' (not in its capabilities); the request was not sent`);
  }
}

/** debugpy answered a request with an error. */
export class DapRequestError extends DebugpyError {
  override name = 'DapRequestError';
  constructor(
    readonly command: string,
    reason: string,
  ) {
    super(`debugpy refused '${command}': ${reason}`);
  }
}

/** The session is closed (disconnected, terminated, or the adapter exited). */
export class SessionClosedError extends DebugpyError {
  override name = 'SessionClosedError';
}

/**
 * Errors the runtime reports to its users (adapter, language server, CLI). Each has a stable
 * `code`; messages name the file and the problem (docs/model-runtime.md, "Errors").
 */
export type RuntimeErrorCode =
  | 'model-missing' // the folder or one of its files does not exist
  | 'model-corrupt' // a file is unreadable, fails its checksum, or onnxruntime cannot load it
  | 'manifest-invalid' // manifest.json is not JSON or lacks a field
  | 'manifest-version' // the model speaks another trace format version
  | 'tokenizer-mismatch' // tokenizer.json disagrees with the manifest or the codec
  | 'syntax' // the program does not parse
  | 'cancelled' // an AbortSignal fired
  | 'context-overflow' // header + snapshot + stop cannot fit in the model's context
  | 'stop-too-long' // a stop exceeded the per-stop token budget
  | 'malformed-stop'; // (unconstrained decoding only) the model wrote something that does not parse

export class RuntimeError extends Error {
  override name = 'RuntimeError';
  constructor(
    readonly code: RuntimeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A syntax problem in the debugged program, with its 1-based position. */
export class ProgramSyntaxError extends RuntimeError {
  override name = 'ProgramSyntaxError';
  constructor(
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super('syntax', `line ${line}, column ${column}: ${detail}`);
  }
}

export function cancelled(): RuntimeError {
  return new RuntimeError('cancelled', 'prediction cancelled');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}

/**
 * Requests and notifications between the extension (vscode-languageclient) and the language
 * server, besides standard LSP. Types only.
 */
export const PREDICT_OUTPUT_REQUEST = 'neuralDebugger/predictOutput';
export const PREDICT_INPUT_REQUEST = 'neuralDebugger/predictInput';
/** Server → client: the model's load state, for the status bar. */
export const MODEL_STATE_NOTIFICATION = 'neuralDebugger/modelState';

export interface ModelChoice {
  /** Model folder; default: the bundled models/default. */
  modelDir?: string;
}

export interface PredictOutputParams extends ModelChoice {
  /** An open document: its current text (saved or not) is predicted. */
  uri: string;
  /** A call of a top-level function of the document, e.g. `f([3, 1, 2])`. */
  call: string;
}

export interface PredictOutputResult {
  /** Canonical value string of the result; null when it raised or the step out did not reach the end. */
  output: string | null;
  exception: [string, string] | null;
  confidence: number;
  ms: number;
}

export interface PredictInputParams extends ModelChoice {
  uri: string;
  /** A Python value the function should return, e.g. `6`. */
  output: string;
  /** The top-level function to call. */
  fn: string;
}

export interface PredictInputResult {
  /** Argument text in parameter order, e.g. `[3, 1], 2`; null when the model left a parameter out. */
  input: string | null;
  fn: string;
  confidence: number;
  ms: number;
}

export type ModelStateParams =
  | { state: 'loading'; modelDir: string }
  | { state: 'ready'; modelDir: string; loadMs: number }
  | { state: 'error'; modelDir: string; message: string };

export interface ServerInitOptions {
  /** wasm threads of the server process's model. */
  threads: number;
}

/**
 * Loading a predictor from a model folder in Node (CLI, adapter, language server, tests).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readModelFolder } from './model-files.js';
import { configureOrtWeb } from './ort-env.js';
import { Predictor, type PredictorOptions } from './predictor.js';

export interface LoadOptions extends PredictorOptions {
  /** The model folder; default: defaultModelDir(). */
  modelDir?: string;
  /** wasm threads (process-wide, first load wins). Default 1. */
  threads?: number;
  /** Compare file checksums with the manifest (default true). */
  verify?: boolean;
}

export async function loadPredictor(options: LoadOptions = {}): Promise<Predictor> {
  configureOrtWeb({ threads: options.threads ?? 1, wasmDir: bundledWasmDir() });
  const files = readModelFolder(options.modelDir ?? defaultModelDir(), { verify: options.verify ?? true });
  return Predictor.create(files, options);
}

const WASM_FILE = 'ort-wasm-simd-threaded.wasm';

/** When running from a bundle (dist/), onnxruntime-web's wasm files are copied next to it. */
function bundledWasmDir(): string | undefined {
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  return here !== undefined && fs.existsSync(path.join(here, WASM_FILE)) ? here : undefined;
}

/**
 * `$NDB_MODEL_DIR`, else `models/default` of the extension (next to dist/ when bundled), else
 * `models/default` under the working directory.
 */
export function defaultModelDir(): string {
  if (process.env.NDB_MODEL_DIR) return process.env.NDB_MODEL_DIR;
  const here = typeof __dirname === 'string' ? __dirname : undefined;
  const packaged = here !== undefined ? path.resolve(here, '..', 'models', 'default') : undefined;
  if (packaged !== undefined && fs.existsSync(packaged)) return packaged;
  return path.resolve('models', 'default');
}

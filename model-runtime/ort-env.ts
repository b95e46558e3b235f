/**
 * Process-wide onnxruntime-web settings. They take effect when the first session is created
 * (the wasm module is initialized once per process), so set them before loading a model.
 */
import * as ort from 'onnxruntime-web';

export interface OrtWebSettings {
  /** wasm threads (worker threads in Node); 1 is the default: the extension shares the CPU. */
  threads?: number;
  /** Folder holding ort-wasm-simd-threaded.{mjs,wasm}; default: onnxruntime-web finds its
   * own files in node_modules. A bundle (dist/) ships copies next to itself. */
  wasmDir?: string;
}

export function configureOrtWeb(settings: OrtWebSettings): void {
  if (settings.threads !== undefined) ort.env.wasm.numThreads = settings.threads;
  if (settings.wasmDir !== undefined) {
    ort.env.wasm.wasmPaths = settings.wasmDir.endsWith('/') ? settings.wasmDir : `${settings.wasmDir}/`;
  }
}

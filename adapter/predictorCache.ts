/**
 * Loaded models, shared by the sessions of one adapter process (the extension host, a
 * `--server` adapter): loading a model takes seconds, a session only needs a PredictorSession
 * of its own. Sessions sharing a predictor may predict concurrently (the runtime serializes
 * model runs).
 */
import * as path from 'node:path';
import { loadPredictor, type LoadOptions, type Predictor } from '../model-runtime/index.js';

export interface PredictorProvider {
  get(modelDir: string): Promise<Predictor>;
}

export class PredictorCache implements PredictorProvider {
  private readonly loads = new Map<string, Promise<Predictor>>();

  constructor(private readonly options: Omit<LoadOptions, 'modelDir'> = {}) {}

  get(modelDir: string): Promise<Predictor> {
    const key = path.resolve(modelDir);
    let load = this.loads.get(key);
    if (!load) {
      load = loadPredictor({ ...this.options, modelDir: key });
      this.loads.set(key, load);
      // A failed load is not kept: the user may fix the folder and launch again.
      load.catch(() => this.loads.delete(key));
    }
    return load;
  }

  async dispose(): Promise<void> {
    const loads = [...this.loads.values()];
    this.loads.clear();
    await Promise.all(loads.map((l) => l.then((p) => p.dispose(), () => undefined)));
  }
}

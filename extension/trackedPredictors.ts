/**
 * The debug adapter's shared model cache, reporting each load to the status bar: inline
 * sessions of the extension host all use one loaded model per folder.
 */
import { PredictorCache, type PredictorProvider } from '../adapter/index';
import type { Predictor } from '../model-runtime/index';
import type { ModelState } from './modelState';

export class TrackedPredictors implements PredictorProvider {
  private readonly cache: PredictorCache;
  private readonly loaded = new Set<string>();

  constructor(
    threads: number,
    private readonly report: (state: ModelState) => void,
  ) {
    this.cache = new PredictorCache({ threads });
  }

  async get(modelDir: string): Promise<Predictor> {
    const first = !this.loaded.has(modelDir);
    if (first) this.report({ state: 'loading', modelDir, since: Date.now() });
    try {
      const predictor = await this.cache.get(modelDir);
      if (first) this.report({ state: 'ready', modelDir, loadMs: predictor.loadMs });
      this.loaded.add(modelDir);
      return predictor;
    } catch (e) {
      this.loaded.delete(modelDir);
      this.report({ state: 'error', modelDir, message: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  }

  dispose(): Promise<void> {
    this.loaded.clear();
    return this.cache.dispose();
  }
}

/** The language server's loaded models, one per folder, with each load reported to the client. */
import * as path from 'node:path';
import { defaultModelDir, loadPredictor, type Predictor } from '../model-runtime/index';
import type { ModelStateParams } from './protocol';

export class ServerPredictors {
  private readonly loads = new Map<string, Promise<Predictor>>();

  constructor(
    private readonly threads: number,
    private readonly report: (state: ModelStateParams) => void,
  ) {}

  get(modelDir: string | undefined): Promise<Predictor> {
    const dir = path.resolve(modelDir || defaultModelDir());
    let load = this.loads.get(dir);
    if (!load) {
      this.report({ state: 'loading', modelDir: dir });
      load = loadPredictor({ modelDir: dir, threads: this.threads });
      this.loads.set(dir, load);
      load.then(
        (p) => this.report({ state: 'ready', modelDir: dir, loadMs: p.loadMs }),
        (e: unknown) => {
          this.loads.delete(dir); // the user may fix the folder and ask again
          this.report({ state: 'error', modelDir: dir, message: e instanceof Error ? e.message : String(e) });
        },
      );
    }
    return load;
  }

  async dispose(): Promise<void> {
    const loads = [...this.loads.values()];
    this.loads.clear();
    await Promise.all(loads.map((l) => l.then((p) => p.dispose(), () => undefined)));
  }
}

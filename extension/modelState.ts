/** Model load states, as reported by the debug adapter's predictors and by the language server. */
export type ModelState =
  | { state: 'loading'; modelDir: string; since: number }
  | { state: 'ready'; modelDir: string; loadMs: number }
  | { state: 'error'; modelDir: string; message: string };

/** What the status bar shows when several holders of a model report: loading, else the latest error, else ready. */
export function summarize(states: Iterable<ModelState>): ModelState | undefined {
  let ready: ModelState | undefined;
  let error: ModelState | undefined;
  for (const s of states) {
    if (s.state === 'loading') return s;
    if (s.state === 'error') error = s;
    else ready = s;
  }
  return error ?? ready;
}

/** Code lenses above each top-level function: predict its output for a call, or an input for an output. */
import type { CodeLens } from 'vscode-languageserver';
import { topLevelFunctions } from './topLevelFunctions';

/** Command ids as contributed by the extension (extension/ids.ts). */
const PREDICT_OUTPUT_COMMAND = 'neuralDebugger.predictOutput';
const PREDICT_INPUT_COMMAND = 'neuralDebugger.predictInput';

export function codeLenses(uri: string, source: string): CodeLens[] {
  return topLevelFunctions(source).flatMap((f) => {
    const range = { start: { line: f.line - 1, character: 0 }, end: { line: f.line - 1, character: 0 } };
    return [
      { range, command: { title: 'Predict output…', command: PREDICT_OUTPUT_COMMAND, arguments: [uri, f.name] } },
      { range, command: { title: 'Predict input…', command: PREDICT_INPUT_COMMAND, arguments: [uri, f.name] } },
    ];
  });
}

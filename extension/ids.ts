/** Names the extension shares with package.json `contributes`: keep both in step. */
export const DEBUG_TYPE = 'neural-python';
export const SETTINGS_SECTION = 'neuralDebugger';

export const COMMANDS = {
  debugFile: 'neuralDebugger.debugFile',
  compareFile: 'neuralDebugger.compareFile',
  showPanel: 'neuralDebugger.showComparisonPanel',
  predictOutput: 'neuralDebugger.predictOutput',
  predictInput: 'neuralDebugger.predictInput',
} as const;

export type DebugMode = 'neural' | 'compare';
export type ResyncPolicy = 'onDivergence' | 'always' | 'never';

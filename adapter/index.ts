/** The debug adapter's public surface, for the extension (inline adapter) and tests. */
export { NeuralDebugSession, type NeuralSessionOptions } from './neuralSession.js';
export { CompareDebugSession, type CompareSessionOptions } from './compareSession/compareDebugSession.js';
export { ModeRouter, MODES, type DebugMode } from './modeRouter.js';
export { nodeFileAccessor, type FileAccessor } from './fileAccessor.js';
export { PredictorCache, type PredictorProvider } from './predictorCache.js';
export { DEFAULT_LIMITS, type RuntimeLimits } from './neuralRuntime.js';
export * from './protocol.js';

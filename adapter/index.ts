/** The debug adapter's public surface, for the extension (inline adapter) and tests. */
export { NeuralDebugSession, type NeuralSessionOptions } from './neuralSession.js';
export { nodeFileAccessor, type FileAccessor } from './fileAccessor.js';
export { PredictorCache, type PredictorProvider } from './predictorCache.js';
export { DEFAULT_LIMITS, type RuntimeLimits } from './neuralRuntime.js';
export * from './protocol.js';

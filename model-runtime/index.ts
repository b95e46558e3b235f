/** The model runtime's public surface for Node callers (adapter, language server, CLI). */
export { loadPredictor, defaultModelDir, type LoadOptions } from './node-load.js';
export { Predictor, type PredictorOptions, type OpenOptions, type OutputPrediction, type InputPrediction, type SyntaxChecker } from './predictor.js';
export { PredictorSession, type PredictedStop, type ProgramSpec, type StepOptions } from './session.js';
export { RuntimeError, ProgramSyntaxError, type RuntimeErrorCode } from './errors.js';
export { lexPython, type SyntaxIssue, type LexResult, type LogicalLine, type LexToken } from './py-lexer.js';
export type { DecodingSettings } from './engine.js';
export type { Manifest, ModelFiles } from './manifest.js';
export * from './stop.js';

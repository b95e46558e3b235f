/**
 * The compare session's custom event, sent with every stop it shows: the step's record
 * (prediction, real stop, verdict), the running accuracy and the history position.
 */
export { NEURAL_COMPARISON_EVENT, type NeuralComparisonEventBody as ComparisonEventBody } from '../adapter/protocol';

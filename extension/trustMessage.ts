/** Workspace trust: compare mode runs the program (under debugpy), neural mode never does. */
export const UNTRUSTED_COMPARE_MESSAGE =
  'Compare mode runs your program under debugpy, which is not allowed in an untrusted workspace. ' +
  'Trust the workspace to compare, or debug in neural mode: it predicts the program without running it.';

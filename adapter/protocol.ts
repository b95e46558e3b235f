/**
 * What the neural debug adapter adds to DAP, for its clients (the extension's panel and
 * decorations): launch attributes and custom events. Types only; no `vscode` import.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Action, PredictedStop, StopState } from '../model-runtime/index.js';
import type { AccuracySummary } from './compare/accuracy.js';
import type { ResyncPolicy } from './compare/neuralSide.js';
import type { ComparisonRecord } from './compare/record.js';

/** Launch attributes; names as debugpy's where they mean the same. */
export interface NeuralLaunchArguments extends DebugProtocol.LaunchRequestArguments {
  /** The Python file to debug (relative paths resolve against `cwd`); or give `module`. */
  program?: string;
  /** Instead of `program`: a module of the workspace, as `python -m` finds it under `cwd` (debugpy's `module`). */
  module?: string;
  /** Accepted for debugpy compatibility; unused: neural mode never runs the program. */
  args?: string[] | string;
  /** Resolves a relative `program` and `model` (default: the adapter's working directory). */
  cwd?: string;
  /** Stop at the first predicted stop (reason `entry`) instead of continuing to a breakpoint. */
  stopOnEntry?: boolean;
  /** `neural` (default): the model alone. `compare`: see CompareLaunchArguments. */
  mode?: 'neural';
  /** Model folder (model.onnx, tokenizer.json, manifest.json); default: models/default next to dist/. */
  model?: string;
  /** Function mode: an entry call of a top-level function, e.g. `f([3, 1, 2])`. Script mode without it. */
  call?: string;
}

/** The custom event sent with every stop the adapter shows (and after a variable edit). */
export const NEURAL_STOP_EVENT = 'neuralStop';

export interface NeuralStopEventBody {
  /** The stop as predicted (or replayed, or edited). At the program's end, kind `exit`. */
  stop: StopState;
  /** The `stopped` event's reason (`entry`, `step`, `breakpoint`, `exception`, `pause`), or `edit`, or `exit`. */
  reason: string;
  /** The DAP request that led here (`launch`, `next`, `stepBack`, `setVariable`, ...). */
  request: string;
  /** The model action that produced the stop (null for an edited stop). */
  action: Action | null;
  origin: PredictedStop['origin'];
  /** Shown again from the session's history, without a model call. */
  replayed: boolean;
  /** Probability of the stop's text under the model (1 when not predicted), and its weakest token. */
  confidence: number;
  minTokenProb: number;
  /** Milliseconds the model took for this stop (0 when replayed). */
  ms: number;
  /** The stop's place in the history (0-based) and the history's length. */
  history: { index: number; length: number };
  /** Why a run ended somewhere else than asked (loop guard, a prediction error). */
  note?: string;
}

/**
 * Compare mode: the program runs under real debugpy (what the client is shown) and the model
 * predicts every stop in lockstep. debugpy's attributes keep their meaning; the program always
 * runs with `justMyCode: true` and starts stopped (`stopOnEntry: false` continues from there).
 */
export interface CompareLaunchArguments extends DebugProtocol.LaunchRequestArguments {
  mode: 'compare';
  /** The Python file to run; or give `module`. */
  program?: string;
  /** Instead of `program`: run `python -m module` (found under `cwd`, then PYTHONPATH). */
  module?: string;
  /** A list, or one string cut into words as a shell would (no expansion). */
  args?: string[] | string;
  /** Working directory of the program; also resolves a relative `program` and `model`. */
  cwd?: string;
  /** Extra environment variables of the program (over those of `envFile`). */
  env?: Record<string, string>;
  /** A dotenv file of environment variables (`NAME=value` lines), relative to `cwd`. */
  envFile?: string;
  /** Only `internalConsole`: other values are named in the Debug Console and not used. */
  console?: string;
  /** The interpreter (3.10+) that runs debugpy and the program. */
  python?: string;
  /** The Python extension's selected interpreter, used when `python` is not given (set by the extension). */
  extensionPython?: string;
  stopOnEntry?: boolean;
  /** Only true (debugpy's default) is supported: the model knows the program's own code only. */
  justMyCode?: boolean;
  model?: string;
  /** When predictions restart from the real state (default `onDivergence`). */
  resync?: ResyncPolicy;
}

/** The custom event of compare mode, sent with every stop shown (before its `stopped`) and at the end. */
export const NEURAL_COMPARISON_EVENT = 'neuralComparison';

export interface NeuralComparisonEventBody {
  /** The shown step: prediction, real stop, verdict, confidence, resync (adapter/compare/record.ts). */
  record: ComparisonRecord;
  /** Running accuracy with and without resync (adapter/compare/accuracy.ts). */
  accuracy: AccuracySummary;
  /** The shown record's place in the history (0-based) and the history's length. */
  history: { index: number; length: number };
}

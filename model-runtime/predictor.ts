/**
 * The predictor API: a loaded model that opens neural debugging sessions and answers the two
 * prediction tasks (output of a call, input of a call from its output). Works from bytes
 * (browser / webview); Node callers load a model folder with `loadPredictor` (node-load.ts).
 */
import { DEFAULT_DECODING, defaultMaxStopTokens, Engine, type DecodingSettings } from './engine.js';
import { ProgramSyntaxError, RuntimeError } from './errors.js';
import { SPECIAL_TOKENS } from './format.js';
import type { ModelFiles } from './manifest.js';
import { ProgramInfo } from './program.js';
import type { SyntaxIssue } from './py-lexer.js';
import { PredictorSession, type PredictedStop, type ProgramSpec } from './session.js';
import { StepModel, type OrtBackend } from './step-model.js';
import type { StopState } from './stop.js';
import { SegmentTokenizer } from './tokenizer.js';

/** A syntax checker the caller may provide (e.g. the adapter compiling with Python). */
export type SyntaxChecker = (source: string) => SyntaxIssue | null | Promise<SyntaxIssue | null>;

export interface PredictorOptions extends Partial<DecodingSettings> {
  backend?: OrtBackend;
  executionProviders?: string[];
  intraOpThreads?: number;
  /** Run the model a few times at load so the first step is fast (default true). */
  warmUp?: boolean;
  /** Replaces the built-in syntax check (docs/model-runtime.md, "Syntax errors"). */
  syntaxChecker?: SyntaxChecker;
}

export interface OpenOptions {
  signal?: AbortSignal;
}

export interface OutputPrediction {
  /** The call's predicted result (canonical value string), null if it raised or the step out
   * did not reach the exit. */
  output: string | null;
  exception: [string, string] | null;
  /** Product of the stops' confidences. */
  confidence: number;
  stops: PredictedStop[];
}

export interface InputPrediction {
  /** Argument text for the call in parameter order, e.g. `[3, 1], 2`; null if the predicted
   * entry stop lacks a parameter. */
  input: string | null;
  /** The function whose arguments were predicted. */
  fn: string;
  confidence: number;
  entry: PredictedStop;
}

export class Predictor {
  /** Milliseconds spent creating the model session and warming it up. */
  readonly loadMs: number;

  private constructor(
    private readonly engine: Engine,
    private readonly options: PredictorOptions,
    loadMs: number,
  ) {
    this.loadMs = loadMs;
  }

  static async create(files: ModelFiles, options: PredictorOptions = {}): Promise<Predictor> {
    const t0 = performance.now();
    const tokenizer = checkedTokenizer(files);
    const model = await StepModel.create(files.onnx, files.manifest, {
      backend: options.backend,
      executionProviders: options.executionProviders,
      intraOpThreads: options.intraOpThreads,
      source: files.source,
    });
    if (options.warmUp ?? true) await model.warmUp();
    const settings: DecodingSettings = {
      constrained: options.constrained ?? DEFAULT_DECODING.constrained,
      forcing: options.forcing ?? DEFAULT_DECODING.forcing,
      reserveTokens: options.reserveTokens ?? DEFAULT_DECODING.reserveTokens,
      maxStopTokens: options.maxStopTokens ?? defaultMaxStopTokens(files.manifest.context.ctx),
    };
    return new Predictor(new Engine(model, tokenizer, files.manifest, settings), options, performance.now() - t0);
  }

  get manifest() {
    return this.engine.manifest;
  }

  get settings(): DecodingSettings {
    return this.engine.settings;
  }

  /** A session whose first stop is predicted from the source alone (the program never runs). */
  async open(program: ProgramSpec, options: OpenOptions = {}): Promise<PredictorSession> {
    const session = new PredictorSession(this.engine, await this.checked(program.source), program);
    await session.start(options.signal);
    return session;
  }

  /** A session that starts at a known stop instead of predicting the first one. */
  async openAt(program: ProgramSpec, stop: StopState): Promise<PredictorSession> {
    const session = new PredictorSession(this.engine, await this.checked(program.source), program);
    session.startAt(stop);
    return session;
  }

  /** Output prediction (the trained task): enter `call`, step out, read the exit's value. */
  async predictOutput(code: string, call: string, options: OpenOptions = {}): Promise<OutputPrediction> {
    const session = await this.open({ source: code, call }, options);
    const stops = [session.current];
    if (session.current.stop.kind !== 'exit') stops.push(await session.step('step_out', options));
    const last = stops[stops.length - 1]!.stop;
    const exited = last.kind === 'exit';
    return {
      output: exited && last.exception === null ? last.value : null,
      exception: exited ? last.exception : null,
      confidence: stops.reduce((p, s) => p * s.confidence, 1),
      stops,
    };
  }

  /**
   * Input prediction: from the exit with `output` as the result, step back to the call
   * (`<|bcall|>`); the entry stop's locals are the arguments. The header's call is the bare
   * function name: the arguments are what is asked (docs/trace-format.md, "Call").
   */
  async predictInput(code: string, output: string, options: OpenOptions & { fn?: string } = {}): Promise<InputPrediction> {
    const program = await this.checked(code);
    const def = program.entryFunction(options.fn ?? 'f') ?? (options.fn === undefined ? program.entryFunction() : undefined);
    if (!def) throw new Error(options.fn ? `no function ${options.fn} in the program` : 'no function in the program');
    const exit: StopState = { kind: 'exit', stack: [], value: output, exception: null, stdout: '' };
    const session = await this.openAt({ source: code, call: def.name }, exit);
    const entry = await session.step('back_to_call', options);
    const locals = entry.stop.stack[entry.stop.stack.length - 1]?.locals ?? {};
    const complete = def.params.every((p) => p.name in locals);
    const input = complete ? def.params.map((p) => p.star + locals[p.name]).join(', ') : null;
    return { input, fn: def.name, confidence: entry.confidence, entry };
  }

  async dispose(): Promise<void> {
    await this.engine.model.dispose();
  }

  private async checked(source: string): Promise<ProgramInfo> {
    const program = new ProgramInfo(source);
    const issue = this.options.syntaxChecker ? await this.options.syntaxChecker(source) : program.syntaxIssue;
    if (issue) throw new ProgramSyntaxError(issue.line, issue.column, issue.message);
    return program;
  }
}

/** The tokenizer, checked against the manifest and the codec's special tokens. */
function checkedTokenizer(files: ModelFiles): SegmentTokenizer {
  const where = `${files.source}/tokenizer.json`;
  let tokenizer: SegmentTokenizer;
  try {
    tokenizer = new SegmentTokenizer(files.tokenizerJson);
  } catch (e) {
    throw new RuntimeError('tokenizer-mismatch', `${where}: ${(e as Error).message}`);
  }
  for (const token of SPECIAL_TOKENS) {
    const id = tokenizer.specialId(token);
    const expected = files.manifest.special_tokens[token];
    if (id !== expected) {
      throw new RuntimeError('tokenizer-mismatch', `${where}: special token ${token} has id ${id}, manifest.json says ${expected}`);
    }
  }
  if (tokenizer.vocabSize > files.manifest.architecture.vocab) {
    throw new RuntimeError(
      'tokenizer-mismatch',
      `${where} has ${tokenizer.vocabSize} tokens, more than the model's vocabulary of ${files.manifest.architecture.vocab}`,
    );
  }
  return tokenizer;
}

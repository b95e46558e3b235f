/**
 * The predictor's side of a compare session: the live predictor session, whose predictions
 * are shown, and the shadow that never resyncs (for the accuracy without resync).
 *
 * Resync: the live prediction starts from the real previous stop, in a new predictor session
 * opened at it (`predictor.openAt`: the stop becomes the snapshot of a fresh window). Until
 * the first resync the live session is the one that never resynced, so there is no separate
 * shadow (it would predict the very same stops): at the first resync the old live session
 * is kept on as the shadow.
 *
 * Loop guard: a continue is one prediction of at most `maxStopTokens` tokens, wherever the
 * model says the run stops, so the neural side of a step always ends. Breakpoints with a
 * condition, hit condition or log message are applied to the predicted stops as neural mode
 * does (adapter/breakpointRules.ts): a predicted hit they let pass is continued from, at most
 * `MAX_PASSED_HITS` times per continue. Each predictor session counts its own hits; a resync
 * keeps the live session's counts (debugpy's own are not visible).
 */
import type { ExceptionFilter, ForwardAction, Predictor, PredictorSession, ProgramSpec, StopState } from '../../model-runtime/index.js';
import { BreakpointRules, type BreakpointSettings } from '../breakpointRules.js';
import type { Prediction } from './record.js';

/** Predicted breakpoint hits the rules may let pass in one continue before its prediction ends there. */
const MAX_PASSED_HITS = 100;

export const RESYNC_POLICIES = ['onDivergence', 'always', 'never'] as const;
export type ResyncPolicy = (typeof RESYNC_POLICIES)[number];

export interface Settings {
  breakpoints: readonly number[];
  /** The breakpoints' conditions, hit conditions and log messages the predicted side applies. */
  rules: readonly BreakpointSettings[];
  exceptionFilters: readonly ExceptionFilter[];
}

/** The previous step: the real stop, and whether the shown prediction of it diverged. */
export interface Previous {
  real: StopState;
  diverged: boolean;
}

export interface NextPredictions {
  live: Prediction;
  /** null while the shadow is the live session itself. */
  shadow: Prediction | null;
  resynced: boolean;
}

export class NeuralSide {
  private shadow: PredictorSession | null = null;
  private forked = false;
  private liveRules = new BreakpointRules();
  private shadowRules = new BreakpointRules();
  /** The rules the hit counts belong to: new rules start the counts again, as in debugpy. */
  private rulesSet: readonly BreakpointSettings[] | null = null;

  private constructor(
    private readonly predictor: Predictor,
    private readonly source: string,
    private readonly policy: ResyncPolicy,
    /** null when the first stop could not be predicted. */
    private live: PredictorSession | null,
  ) {}

  /** Predicts the first stop from the source alone. */
  static async open(
    predictor: Predictor,
    source: string,
    policy: ResyncPolicy,
    settings: Settings,
    signal: AbortSignal,
  ): Promise<{ side: NeuralSide; first: Prediction }> {
    try {
      const session = await predictor.open(programSpec(source, settings), { signal });
      const first = session.current;
      return { side: new NeuralSide(predictor, source, policy, session), first: { stop: first.stop, confidence: first.confidence, error: null } };
    } catch (e) {
      return { side: new NeuralSide(predictor, source, policy, null), first: failure(e) };
    }
  }

  /**
   * Predicts the stop after `action`, from `previous` only as the policy allows (a
   * session without a first stop always starts from the real one). Never rejects: a failed
   * prediction is a Prediction with an error.
   */
  async predict(action: ForwardAction, previous: Previous, settings: Settings, signal: AbortSignal): Promise<NextPredictions> {
    const resynced = this.live === null || this.policy === 'always' || (this.policy === 'onDivergence' && previous.diverged);
    if (settings.rules !== this.rulesSet) {
      this.rulesSet = settings.rules;
      this.liveRules.set(settings.rules);
      this.shadowRules.set(settings.rules);
    }
    if (resynced && !this.forked) {
      this.shadow = this.live;
      this.shadowRules = this.liveRules.clone();
      this.forked = true;
    }
    const shadow = this.forked ? predictWith(this.shadow, action, settings, this.shadowRules, signal) : Promise.resolve(null);
    const live = (async (): Promise<Prediction> => {
      try {
        if (resynced) this.live = await this.predictor.openAt(programSpec(this.source, settings), previous.real);
        return await predictWith(this.live, action, settings, this.liveRules, signal);
      } catch (e) {
        return failure(e);
      }
    })();
    return { live: await live, shadow: await shadow, resynced };
  }

  /** The live session's prompt (header, snapshot, steps), for tests and debugging. */
  windowText(): string {
    return this.live?.windowText() ?? '';
  }
}

function programSpec(source: string, settings: Settings): ProgramSpec {
  return { source, breakpoints: settings.breakpoints, exceptionFilters: settings.exceptionFilters };
}

/**
 * One step of a session (a continue goes on past the hits `rules` let pass; their output and
 * logpoint messages are the step's). After a predicted exit nothing runs: the exit stays,
 * printing nothing, as debugpy's does.
 */
async function predictWith(session: PredictorSession | null, action: ForwardAction, settings: Settings, rules: BreakpointRules, signal: AbortSignal): Promise<Prediction> {
  if (!session) return { stop: null, confidence: null, error: 'no predicted stop to step from: the first stop could not be predicted' };
  const at = session.current.stop;
  if (at.kind === 'exit') return { stop: { ...at, stdout: '' }, confidence: 1, error: null };
  const options = { breakpoints: settings.breakpoints, exceptionFilters: settings.exceptionFilters, signal };
  const logs: string[] = [];
  let stdout = '';
  let confidence = 1;
  try {
    for (let passed = 0; ; passed++) {
      const next = await session.step(action, options);
      stdout += next.stop.stdout;
      confidence *= next.confidence;
      const hit = action === 'continue' && isBreakpointHit(next.stop, settings.breakpoints);
      const decision = hit ? rules.decide(next.stop) : { stops: true, output: [] };
      logs.push(...decision.output);
      if (decision.stops || passed + 1 >= MAX_PASSED_HITS) {
        return { stop: { ...next.stop, stdout }, confidence, error: null, ...(logs.length > 0 && { logs }) };
      }
    }
  } catch (e) {
    return failure(e);
  }
}

function isBreakpointHit(stop: StopState, breakpoints: readonly number[]): boolean {
  const top = stop.stack[stop.stack.length - 1];
  return stop.kind === 'line' && top !== undefined && breakpoints.includes(top.line);
}

function failure(error: unknown): Prediction {
  return { stop: null, confidence: null, error: error instanceof Error ? error.message : String(error) };
}

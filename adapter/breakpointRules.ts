/**
 * What a breakpoint does when the model predicts a stop on its line, as debugpy (pydevd
 * 1.8) does on a real one: every arrival counts as a hit; the debugger stops when the
 * `hitCondition` (`5`, `==5`, `>5`, `>=5`, `<5`, `<=5`, `%5`) holds for the hit count, or else
 * when the `condition` is true on the predicted state (evaluated by the safe evaluator, never
 * by Python; one that raises does not stop, and is reported); without either it stops. A
 * `logMessage` turns the stop into its message, with its `{expr}` parts filled in: a logpoint
 * never stops. (pydevd: `handle_breakpoint_condition` in pydevd.py, `handle_hit_condition` in
 * pydevd_breakpoints.py; debugpy's DAP mode sets `skip_suspend_on_breakpoint_exception`.)
 */
import type { StopState } from '../model-runtime/index.js';
import { evaluatePython, toStr, truthy } from './evaluator/evaluate.js';
import { parseExpr } from './evaluator/parser.js';
import { nameValue } from './variablesView.js';

export interface BreakpointSettings {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

interface Rule extends BreakpointSettings {
  hitTest: ((hits: number) => boolean) | null;
  /** logMessage split into text and `{expr}` parts. */
  logParts: ({ text: string } | { expr: string })[] | null;
  hits: number;
}

/** At a predicted breakpoint hit: whether to stop, and what to print. */
export interface HitDecision {
  stops: boolean;
  /** Logpoint messages, and notes about conditions that could not be evaluated. */
  output: string[];
}

/** Checks a breakpoint's settings before it is placed: the reason it cannot work, or null. */
export function settingsProblem(s: BreakpointSettings): string | null {
  try {
    if (s.condition !== undefined && s.condition.trim() !== '') parseExpr(s.condition);
    if (s.hitCondition !== undefined && s.hitCondition.trim() !== '') hitTestOf(s.hitCondition);
    if (s.logMessage !== undefined) for (const part of logPartsOf(s.logMessage)) if ('expr' in part) parseExpr(part.expr);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export class BreakpointRules {
  private rules = new Map<number, Rule>();

  /** Replaces the rules; each must have passed settingsProblem. Hit counts start again. */
  set(settings: readonly BreakpointSettings[]): void {
    this.rules = new Map(
      settings.map((s) => [
        s.line,
        {
          ...s,
          hitTest: s.hitCondition?.trim() ? hitTestOf(s.hitCondition) : null,
          logParts: s.logMessage !== undefined ? logPartsOf(s.logMessage) : null,
          hits: 0,
        },
      ]),
    );
  }

  /** A copy with the same hit counts, for a second predictor session going on from the same point. */
  clone(): BreakpointRules {
    const copy = new BreakpointRules();
    copy.rules = new Map([...this.rules].map(([line, rule]) => [line, { ...rule }]));
    return copy;
  }

  /** The predicted stop is on a breakpoint line: does the debugger stop there? */
  decide(stop: StopState): HitDecision {
    const frame = stop.stack.length - 1;
    const rule = this.rules.get(stop.stack[frame]?.line ?? -1);
    if (!rule) return { stops: true, output: [] };
    const lookUp = (name: string): string | undefined => nameValue(stop, frame, name);
    rule.hits += 1;
    const output: string[] = [];
    let stops: boolean;
    if (rule.hitTest?.(rule.hits)) stops = true;
    else if (!rule.condition?.trim()) stops = rule.hitTest === null;
    else {
      try {
        stops = truthy(evaluatePython(rule.condition, lookUp));
      } catch (e) {
        stops = false;
        output.push(`breakpoint condition ${rule.condition} at line ${rule.line} could not be evaluated on the predicted state, so it does not stop there: ${(e as Error).message}`);
      }
    }
    if (stops && rule.logParts) return { stops: false, output: [...output, logText(rule.logParts, lookUp)] };
    return { stops, output };
  }
}

const HIT_CONDITION = /^\s*(==|>=|<=|>|<|%)?\s*(\d+)\s*$/;

function hitTestOf(text: string): (hits: number) => boolean {
  const m = HIT_CONDITION.exec(text);
  if (!m) throw new Error(`hit condition ${JSON.stringify(text)} is not one of N, ==N, >N, >=N, <N, <=N, %N`);
  const n = Number(m[2]);
  switch (m[1]) {
    case '>':
      return (hits) => hits > n;
    case '>=':
      return (hits) => hits >= n;
    case '<':
      return (hits) => hits < n;
    case '<=':
      return (hits) => hits <= n;
    case '%':
      if (n === 0) throw new Error('hit condition %0 divides by zero');
      return (hits) => hits % n === 0;
    default:
      return (hits) => hits === n;
  }
}

/** `x is {x}, doubled {x * 2}` → text and expression parts; `{{` and `}}` are literal braces. */
function logPartsOf(message: string): ({ text: string } | { expr: string })[] {
  const parts: ({ text: string } | { expr: string })[] = [];
  let text = '';
  for (let i = 0; i < message.length; i++) {
    const c = message[i]!;
    if ((c === '{' || c === '}') && message[i + 1] === c) {
      text += c;
      i++;
    } else if (c === '{') {
      const close = message.indexOf('}', i);
      if (close < 0) throw new Error(`log message has a '{' without its '}': ${message}`);
      if (text) parts.push({ text });
      text = '';
      parts.push({ expr: message.slice(i + 1, close) });
      i = close;
    } else text += c;
  }
  if (text) parts.push({ text });
  return parts;
}

function logText(parts: ({ text: string } | { expr: string })[], lookUp: (name: string) => string | undefined): string {
  return parts
    .map((p) => {
      if ('text' in p) return p.text;
      try {
        return toStr(evaluatePython(p.expr, lookUp));
      } catch (e) {
        return `<${p.expr}: ${(e as Error).message}>`;
      }
    })
    .join('');
}

/**
 * Protocol fuzzing of the adapter: seeded random request sequences over a real connection,
 * with plausible and nonsense arguments, requests out of order, and bursts sent without
 * awaiting. A sequence fails when a request gets no response in time, or an error response
 * that reveals a bug (the adapter's "internal error", a JavaScript exception) instead of a
 * clean message. Used by test/adapter/fuzz.test.ts (CI) and bench/adapter-fuzz.ts (larger run).
 */
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';

export interface FuzzTarget {
  port: number;
  programs: string[];
  model: string;
}

export interface SequenceResult {
  requests: number;
  failures: string[];
  /** Milliseconds from sending each request to its response. */
  latencies: number[];
  /** Responses by command: successes and clean errors (coverage of the sequence). */
  outcomes: Record<string, { ok: number; error: number }>;
}

const RESPONSE_TIMEOUT_MS = 20_000;
const BUG = /^internal error|TypeError|ReferenceError|RangeError|Cannot read propert|is not a function|undefined is not/;

/** mulberry32: small, seedable, good enough to pick requests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

/** Ids the adapter gave out, so that some requests use real ones. */
interface Seen {
  frames: number[];
  references: number[];
  lines: number[];
  names: string[];
}

function nonsense(r: Rand): unknown {
  return pick(r, [null, -1, 0, 2 ** 31, 1.5, '', 'x'.repeat(300), '{_stack}', [], [1, 'a'], {}, { a: { b: null } }, true, '\u0000\u2028', "1'\"[({"]);
}

function someThread(r: Rand): unknown {
  return r() < 0.8 ? 1 : nonsense(r);
}

function someOf(r: Rand, ids: number[]): unknown {
  return ids.length > 0 && r() < 0.75 ? pick(r, ids) : r() < 0.5 ? Math.floor(r() * 50) : nonsense(r);
}

const EXPRESSIONS = ['xs', 'xs[0]', 'd["k"][1]', 'p.x', 'p.z', 'len(xs)', 's', 'xs[-1]', 'd[', 'n', '(', 'import os', ''];
const VALUES = ['1', "'s'", '[1, 2]', "{'a': (1,)}", 'Point(x=1)', 'x + 1', '[1, 2', "'a" + 'b'.repeat(120) + "'", 'None', '-0.0'];
const MOVES = ['next', 'stepIn', 'stepOut', 'continue', 'stepBack', 'reverseContinue'];

function launchArgs(r: Rand, t: FuzzTarget): Record<string, unknown> {
  const program = pick(r, t.programs);
  const good: Record<string, unknown> = { program, stopOnEntry: r() < 0.7, model: t.model };
  if (r() < 0.15) good.call = pick(r, ['total([3, 1, 2])', 'total(', 'nope()']);
  if (r() < 0.85) return good;
  return pick(r, [{}, { program: 5 }, { ...good, program: program.replace(/\.py$/, '.txt') }, { ...good, model: '/nonexistent' }, { ...good, mode: 'x' }, { ...good, stopOnEntry: 'no' }]);
}

/** One random request: [command, arguments]. */
function randomRequest(r: Rand, t: FuzzTarget, seen: Seen): [string, unknown] {
  const program = pick(r, t.programs);
  const line = (): unknown => (r() < 0.8 ? (seen.lines.length && r() < 0.5 ? pick(r, seen.lines) : Math.floor(r() * 25)) : nonsense(r));
  const choices: (() => [string, unknown])[] = [
    () => [pick(r, MOVES), { threadId: someThread(r) }],
    () => [pick(r, MOVES), { threadId: someThread(r) }],
    () => [pick(r, MOVES), { threadId: someThread(r) }],
    () => ['threads', {}],
    () => ['stackTrace', { threadId: someThread(r), ...(r() < 0.3 ? { startFrame: nonsense(r), levels: nonsense(r) } : {}) }],
    () => ['scopes', { frameId: someOf(r, seen.frames) }],
    () => ['variables', { variablesReference: someOf(r, seen.references), ...(r() < 0.2 ? { start: nonsense(r), count: nonsense(r) } : {}) }],
    () => ['variables', { variablesReference: someOf(r, seen.references) }],
    () => ['evaluate', { expression: r() < 0.9 ? pick(r, [...EXPRESSIONS, ...seen.names]) : nonsense(r), frameId: r() < 0.5 ? someOf(r, seen.frames) : undefined, context: pick(r, ['hover', 'watch', 'repl']) }],
    () => ['setVariable', { variablesReference: someOf(r, seen.references), name: r() < 0.8 ? pick(r, [...seen.names, 'xs', '0', '(return)', 'bad name']) : nonsense(r), value: r() < 0.9 ? pick(r, VALUES) : nonsense(r) }],
    () => ['setBreakpoints', { source: r() < 0.9 ? { path: program } : nonsense(r), breakpoints: Array.from({ length: Math.floor(r() * 4) }, () => ({ line: line() })) }],
    () => ['setExceptionBreakpoints', { filters: r() < 0.8 ? ['raised', 'uncaught'].filter(() => r() < 0.5) : [nonsense(r)] }],
    () => ['breakpointLocations', { source: { path: program }, line: line(), endLine: r() < 0.5 ? line() : undefined }],
    () => ['exceptionInfo', { threadId: someThread(r) }],
    () => ['pause', { threadId: someThread(r) }],
    () => ['configurationDone', {}],
    () => [pick(r, ['restart', 'terminate', 'launch', 'initialize', 'attach', 'goto', 'setExpression', 'source', 'bogus']), r() < 0.5 ? { arguments: launchArgs(r, t) } : nonsense(r)],
  ];
  return pick(r, choices)();
}

/** Run one sequence of about `length` requests on a new connection. */
export async function fuzzSequence(target: FuzzTarget, seed: number, length: number): Promise<SequenceResult> {
  const r = rng(seed);
  const result: SequenceResult = { requests: 0, failures: [], latencies: [], outcomes: {} };
  const seen: Seen = { frames: [], references: [], lines: [], names: [] };
  const dc = new DebugClient('node', '', 'neural-python');
  await dc.start(target.port);
  // Requests of a burst are small writes too (see adapter/main.ts).
  (dc as unknown as { _socket: { setNoDelay(on: boolean): void } })._socket.setNoDelay(true);
  const events = { n: 0 };
  for (const e of ['stopped', 'terminated']) dc.on(e, () => events.n++);
  const send = async (command: string, args: unknown): Promise<DebugProtocol.Response | undefined> => {
    result.requests++;
    const t0 = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), RESPONSE_TIMEOUT_MS)));
    const answer = dc.send(command, args).then(
      (response: DebugProtocol.Response) => ({ ok: true as const, response }),
      (e: Error) => ({ ok: false as const, message: e.message }),
    );
    const outcome = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    const what = `seed ${seed}: ${command}(${JSON.stringify(args)})`;
    if (outcome === 'timeout') {
      result.failures.push(`${what}: no response in ${RESPONSE_TIMEOUT_MS} ms`);
      return undefined;
    }
    result.latencies.push(performance.now() - t0);
    const counts = (result.outcomes[command] ??= { ok: 0, error: 0 });
    counts[outcome.ok ? 'ok' : 'error']++;
    if (!outcome.ok) {
      if (BUG.test(outcome.message)) result.failures.push(`${what}: ${outcome.message}`);
      return undefined;
    }
    collect(outcome.response, seen);
    return outcome.response;
  };

  if (r() < 0.9) await send('initialize', r() < 0.95 ? { adapterID: 'neural-python', pathFormat: 'path', linesStartAt1: r() < 0.9 } : nonsense(r));
  if (r() < 0.85) await send('launch', launchArgs(r, target));
  if (r() < 0.7) await send('configurationDone', {});
  for (let i = 0; i < length; ) {
    if (r() < 0.25) {
      // a burst: several requests in flight at once
      const burst = Array.from({ length: 2 + Math.floor(r() * 3) }, () => randomRequest(r, target, seen));
      await Promise.all(burst.map(([c, a]) => send(c, a)));
      i += burst.length;
    } else {
      const [c, a] = randomRequest(r, target, seen);
      const before = events.n;
      const response = await send(c, a);
      i++;
      // like a client: after a move, usually wait for its stop before looking at it
      if (response && MOVES.includes(c) && r() < 0.7) await until(() => events.n > before, 3000);
    }
    if (r() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(r() * 40)));
    if (r() < 0.4) await inspect(r, send);
  }
  await send('disconnect', {});
  await dc.stop();
  return result;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!condition() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** What a client does at a stop: stack, scopes, variables, and an expansion, in order. */
async function inspect(r: Rand, send: (command: string, args: unknown) => Promise<DebugProtocol.Response | undefined>): Promise<void> {
  const trace = await send('stackTrace', { threadId: 1 });
  const frames = (trace?.body as { stackFrames?: { id: number }[] } | undefined)?.stackFrames ?? [];
  if (frames.length === 0) return;
  const scopes = await send('scopes', { frameId: pick(r, frames).id });
  for (const scope of (scopes?.body as { scopes?: { variablesReference: number }[] } | undefined)?.scopes ?? []) {
    const vars = await send('variables', { variablesReference: scope.variablesReference });
    const expandable = ((vars?.body as { variables?: { variablesReference: number }[] } | undefined)?.variables ?? []).filter((v) => v.variablesReference > 0);
    if (expandable.length > 0) await send('variables', { variablesReference: pick(r, expandable).variablesReference });
  }
}

/** Remember frame ids, variable references and lines from responses. */
function collect(response: DebugProtocol.Response, seen: Seen): void {
  const body = response.body as Record<string, unknown> | undefined;
  if (!body) return;
  for (const f of (body.stackFrames as { id: number; line: number }[] | undefined) ?? []) {
    seen.frames.push(f.id);
    seen.lines.push(f.line);
  }
  for (const s of (body.scopes as { variablesReference: number }[] | undefined) ?? []) seen.references.push(s.variablesReference);
  for (const v of (body.variables as { name: string; variablesReference: number }[] | undefined) ?? []) {
    seen.names.push(v.name);
    if (v.variablesReference) seen.references.push(v.variablesReference);
  }
  if (typeof body.variablesReference === 'number' && body.variablesReference > 0) seen.references.push(body.variablesReference);
}

/** p-th percentile (0..100) of `xs`. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

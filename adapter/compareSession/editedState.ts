/**
 * Reads debugpy's current stop again after the user may have changed the program's state
 * (setVariable, an evaluate in the debug console), so that the next prediction starts from
 * the state the program really is in. Each frame's variables are read canonically in the
 * debuggee by the same probe as at every stop (adapter/debugpy/probe.ts).
 */
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { StopState } from '../../model-runtime/index.js';
import { parseProbeResult, probeExpression } from '../debugpy/probe.js';
import { ownVariableNames } from '../debugpy/stopInspector.js';

type Request = <T>(command: string, args: object) => Promise<T>;

/**
 * `recorded` with each frame's locals as debugpy's frames hold them now (same frames: an edit
 * cannot change the stack). Requests go one at a time through `request`.
 */
export async function currentState(request: Request, threadId: number, recorded: StopState, pythonDir: string): Promise<StopState> {
  const { stackFrames } = await request<DebugProtocol.StackTraceResponse['body']>('stackTrace', { threadId });
  if (stackFrames.length !== recorded.stack.length) throw new Error(`debugpy shows ${stackFrames.length} frames where the stop had ${recorded.stack.length}`);
  const locals: Record<string, string>[] = [];
  for (const frame of stackFrames) locals.push(await frameLocals(request, frame.id, pythonDir));
  locals.reverse(); // debugpy lists the innermost frame first; StopState the outermost
  return { ...recorded, stack: recorded.stack.map((f, i) => ({ ...f, locals: locals[i]! })) };
}

async function frameLocals(request: Request, frameId: number, pythonDir: string): Promise<Record<string, string>> {
  const { scopes } = await request<DebugProtocol.ScopesResponse['body']>('scopes', { frameId });
  const ref = scopes.find((s) => s.name === 'Locals')?.variablesReference;
  if (ref === undefined) return {};
  const { variables } = await request<DebugProtocol.VariablesResponse['body']>('variables', { variablesReference: ref });
  const expression = probeExpression(pythonDir, ownVariableNames(variables), { nodelay: true });
  const { result } = await request<DebugProtocol.EvaluateResponse['body']>('evaluate', { expression, frameId, context: 'clipboard' });
  return parseProbeResult(result).values;
}

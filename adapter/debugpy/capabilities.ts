/**
 * Which DAP requests may be sent to debugpy. debugpy never answers a request it has no
 * handler for, and after that answers nothing else either (the session wedges), so only
 * base requests and requests whose capability debugpy advertises are ever forwarded.
 */
import type { DebugProtocol } from '@vscode/debugprotocol';

type Capability = keyof DebugProtocol.Capabilities;

/** Requests every debug adapter must handle (not gated by a capability in the DAP spec). */
const BASE_REQUESTS = new Set([
  'initialize', 'launch', 'attach', 'disconnect', 'setBreakpoints', 'setExceptionBreakpoints',
  'continue', 'next', 'stepIn', 'stepOut', 'pause', 'stackTrace', 'scopes', 'variables',
  'source', 'threads', 'evaluate',
]);

/** Requests an adapter handles only when it advertises the capability. */
const GATED_REQUESTS: Record<string, Capability> = {
  configurationDone: 'supportsConfigurationDoneRequest',
  setFunctionBreakpoints: 'supportsFunctionBreakpoints',
  stepBack: 'supportsStepBack',
  reverseContinue: 'supportsStepBack',
  restartFrame: 'supportsRestartFrame',
  goto: 'supportsGotoTargetsRequest',
  gotoTargets: 'supportsGotoTargetsRequest',
  stepInTargets: 'supportsStepInTargetsRequest',
  completions: 'supportsCompletionsRequest',
  modules: 'supportsModulesRequest',
  restart: 'supportsRestartRequest',
  exceptionInfo: 'supportsExceptionInfoRequest',
  setVariable: 'supportsSetVariable',
  setExpression: 'supportsSetExpression',
  terminate: 'supportsTerminateRequest',
  terminateThreads: 'supportsTerminateThreadsRequest',
  loadedSources: 'supportsLoadedSourcesRequest',
  dataBreakpointInfo: 'supportsDataBreakpoints',
  setDataBreakpoints: 'supportsDataBreakpoints',
  readMemory: 'supportsReadMemoryRequest',
  writeMemory: 'supportsWriteMemoryRequest',
  disassemble: 'supportsDisassembleRequest',
  cancel: 'supportsCancelRequest',
  breakpointLocations: 'supportsBreakpointLocationsRequest',
  setInstructionBreakpoints: 'supportsInstructionBreakpoints',
};

/** Whether `command` may be sent to an adapter with these capabilities. Unknown commands may not. */
export function isRequestSupported(command: string, capabilities: DebugProtocol.Capabilities): boolean {
  if (BASE_REQUESTS.has(command)) return true;
  const capability = GATED_REQUESTS[command];
  return capability !== undefined && capabilities[capability] === true;
}

// The breakpoint requests' arguments, read alike by the neural and the compare session. Clients
// may send anything, so every field is checked before use.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ExceptionFilter } from '../model-runtime/index.js';
import type { BreakpointSettings } from './breakpointRules.js';
import type { PlacedBreakpoint } from './executableLines.js';
import { RequestError } from './requestError.js';

/** The exception filters both sessions offer, as debugpy labels them (its third, `userUnhandled`, is not in the model's format). */
export const EXCEPTION_BREAKPOINT_FILTERS: DebugProtocol.ExceptionBreakpointsFilter[] = [
  { filter: 'raised', label: 'Raised Exceptions', default: false, description: 'Break whenever any exception is raised.' },
  { filter: 'uncaught', label: 'Uncaught Exceptions', default: true, description: 'Break when the process is exiting due to unhandled exception.' },
];
const EXCEPTION_FILTER_IDS: readonly ExceptionFilter[] = ['raised', 'uncaught'];

/** setBreakpoints' file and its lines as sent (`breakpoints[].line`, else the deprecated `lines`). */
export function requestedBreakpoints(args: DebugProtocol.SetBreakpointsArguments): { file: string; lines: unknown[] } {
  const file = args?.source?.path;
  if (typeof file !== 'string' || file === '') throw new RequestError('setBreakpoints: source.path is missing');
  const lines: unknown[] = Array.isArray(args.breakpoints)
    ? args.breakpoints.map((b: unknown) => (b as { line?: unknown } | null)?.line)
    : Array.isArray(args.lines) ? args.lines : [];
  return { file, lines };
}

/** Each requested breakpoint's condition, hit condition and log message (the strings sent; others dropped). */
export function requestedBreakpointOptions(args: DebugProtocol.SetBreakpointsArguments): Omit<BreakpointSettings, 'line'>[] {
  if (!Array.isArray(args?.breakpoints)) return [];
  return args.breakpoints.map((b: unknown) => {
    const options: Omit<BreakpointSettings, 'line'> = {};
    for (const key of ['condition', 'hitCondition', 'logMessage'] as const) {
      const value = (b as Record<string, unknown> | null)?.[key];
      if (typeof value === 'string' && value.trim() !== '') options[key] = value;
    }
    return options;
  });
}

/** The breakpoints of a setBreakpoints response, in the client's line numbering. */
export function breakpointsResponse(
  placed: PlacedBreakpoint[],
  file: string,
  clientLine: (line: number) => number,
  nextId: () => number,
): DebugProtocol.Breakpoint[] {
  return placed.map((p) => ({
    id: nextId(),
    verified: p.verified,
    line: clientLine(p.line),
    source: { path: file },
    ...(p.message ? { message: p.message } : {}),
  }));
}

/** setExceptionBreakpoints' filter ids (`filters` and `filterOptions`), each one we know. */
export function requestedExceptionFilters(args: DebugProtocol.SetExceptionBreakpointsArguments): ExceptionFilter[] {
  const ids: unknown[] = [
    ...(Array.isArray(args?.filters) ? args.filters : []),
    ...(Array.isArray(args?.filterOptions) ? args.filterOptions.map((o: unknown) => (o as { filterId?: unknown } | null)?.filterId) : []),
  ];
  for (const id of ids) {
    if (!EXCEPTION_FILTER_IDS.includes(id as ExceptionFilter)) {
      throw new RequestError(`unknown exception filter ${JSON.stringify(id)}: use "raised" or "uncaught"`);
    }
  }
  return ids as ExceptionFilter[];
}

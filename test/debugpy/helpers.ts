// Shared by the real-debugpy tests: paths, the ground-truth tracer's stops, and real sessions.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExceptionFilter, ForwardAction, StopState } from '../../model-runtime/stop';
import { RealSession, type LaunchOptions } from '../../adapter/debugpy/realSession';

export const ROOT = resolve(__dirname, '..', '..');
export const PYTHON = join(ROOT, '.venv', 'bin', 'python');
export const fixture = (name: string): string => join(ROOT, 'test', 'fixtures', 'python', name);

export interface Scenario {
  program: string;
  actions: ForwardAction[];
  breakpoints?: number[];
  exceptionFilters?: ExceptionFilter[];
}

// `python -m training trace ARGS`, without importing every other training command (torch: ~1.5 s).
const TRACE_CLI =
  'import argparse, sys; from training import trace_cli; p = argparse.ArgumentParser(); ' +
  'trace_cli.add_arguments(p); sys.exit(trace_cli.run(p.parse_args(sys.argv[1:])))';

/** The ground-truth tracer's stops for the same actions (`python -m training trace --json`). */
export function tracerStops(s: Scenario): StopState[] {
  const args = ['-c', TRACE_CLI, s.program, '--json', '--actions', s.actions.join(',')];
  if (s.breakpoints?.length) args.push('--breakpoints', s.breakpoints.join(','));
  if (s.exceptionFilters?.length) args.push('--exceptions', s.exceptionFilters.join(','));
  const out = JSON.parse(execFileSync(PYTHON, args, { cwd: ROOT, encoding: 'utf8' })) as {
    stops: (StopState & { action: string; line: number | null })[];
  };
  return out.stops.map(({ action: _action, line: _line, ...stop }) => stop);
}

export function launch(options: Omit<LaunchOptions, 'python'> & { python?: string }): Promise<RealSession> {
  return RealSession.launch({ python: PYTHON, ...options });
}

/** The first stop and the stop after each action, under real debugpy. */
export async function realStops(s: Scenario, python = PYTHON): Promise<StopState[]> {
  const session = await launch({
    python,
    program: s.program,
    breakpoints: s.breakpoints ?? [],
    exceptionFilters: s.exceptionFilters ?? [],
  });
  try {
    const stops = [await session.waitForStop()];
    for (const action of s.actions) stops.push(await session.step(action));
    return stops;
  } finally {
    session.disconnect();
  }
}

/** Pids of live processes whose environment contains `marker` (zombies have none). */
export function processesWithMarker(marker: string): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/environ`, 'latin1').includes(marker)) found.push(Number(name));
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return found;
}

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

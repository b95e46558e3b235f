/**
 * Kills everything a debugpy session started. debugpy spreads its processes over two
 * process groups: the adapter and its launcher stay in the adapter's group (we spawn the
 * adapter as a group leader), while the launcher puts the debuggee in a group of its own.
 * So the groups are frozen first (nothing can fork while we look), then every descendant
 * and every member of those groups is killed. POSIX only.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

interface ProcessEntry {
  pid: number;
  ppid: number;
  pgid: number;
}

/** Kills each root's process group and all descendants of the roots. Missing processes are fine. */
export function killProcessTrees(roots: readonly number[]): void {
  for (const root of roots) signal(-root, 'SIGSTOP');
  const table = listProcesses();
  const doomed = new Set(roots);
  for (const p of table) if (roots.includes(p.pgid)) doomed.add(p.pid);
  for (const pid of descendantsOf(doomed, table)) doomed.add(pid);
  for (const root of roots) signal(-root, 'SIGKILL');
  for (const pid of doomed) signal(pid, 'SIGKILL');
}

/** All descendants of `roots` (not the roots themselves) in a process table. */
export function descendantsOf(roots: Iterable<number>, table: readonly ProcessEntry[]): Set<number> {
  const children = new Map<number, number[]>();
  for (const p of table) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const found = new Set<number>();
  const todo = [...roots];
  for (let pid = todo.pop(); pid !== undefined; pid = todo.pop()) {
    for (const child of children.get(pid) ?? []) {
      if (!found.has(child)) {
        found.add(child);
        todo.push(child);
      }
    }
  }
  return found;
}

/** The live processes: from /proc on Linux, from `ps` elsewhere. */
export function listProcesses(): ProcessEntry[] {
  return process.platform === 'linux' ? fromProc() : fromPs();
}

function fromProc(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp ...": comm may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    entries.push({ pid: Number(name), ppid: Number(fields[1]), pgid: Number(fields[2]) });
  }
  return entries;
}

function fromPs(): ProcessEntry[] {
  const out = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,pgid='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter((f): f is [number, number, number] => f.length === 3 && f.every(Number.isInteger))
    .map(([pid, ppid, pgid]) => ({ pid, ppid, pgid }));
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // ESRCH: already gone.
  }
}

/**
 * Owns the process groups of one debug session and makes sure they die with it: on
 * `killAll()`, and also when our own process is killed, through a watchdog process
 * (bundled/python/ndb_watchdog.py) that kills them when its stdin closes unexpectedly.
 * Needed because debugpy's adapter, once wedged, ignores its stdin closing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { killProcessTrees } from './processTree';

export class ProcessGuard {
  private readonly roots = new Set<number>();
  private readonly watchdog: ChildProcess;

  constructor(python: string, watchdogScript: string) {
    this.watchdog = spawn(python, [watchdogScript], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
    this.watchdog.on('error', () => {}); // best effort: without it, killAll() still works
    this.watchdog.stdin?.on('error', () => {});
    // Neither the watchdog nor its pipe may keep our process alive.
    this.watchdog.unref();
    (this.watchdog.stdin as Socket | null)?.unref();
  }

  /** Guards the process group led by `pid` (and the descendants of `pid`). */
  add(pid: number): void {
    this.roots.add(pid);
    this.watchdog.stdin?.write(`+${pid}\n`);
  }

  /** Stops guarding `pid`, which has exited: its number may be reused by an unrelated process. */
  remove(pid: number): void {
    this.roots.delete(pid);
    this.watchdog.stdin?.write(`-${pid}\n`);
  }

  /** Kills every guarded group and descendant now, then dismisses the watchdog. */
  killAll(): void {
    killProcessTrees([...this.roots]);
    this.roots.clear();
    this.watchdog.stdin?.end('release\n');
  }
}

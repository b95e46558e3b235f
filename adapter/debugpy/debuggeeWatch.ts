/**
 * Ends the debuggee's leftovers when the debuggee ends. debugpy's launcher reports the exit
 * only once the program's output pipes close, and a child the program left running (say
 * `subprocess.Popen(["sleep", "300"])`) holds them open: the session would wait for it. The
 * launcher makes the debuggee a process-group leader, and such children stay in its group,
 * so once the leader is gone, the rest of the group is killed and the exit comes at once.
 */
const POLL_MS = 100;

export class DebuggeeWatch {
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.check(), POLL_MS);
    this.timer.unref(); // never keeps our process alive
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private check(): void {
    if (isAlive(this.pid)) return;
    this.stop();
    try {
      process.kill(-this.pid, 'SIGKILL');
    } catch {
      // ESRCH: the program left nothing behind.
    }
  }
}

/** The launcher reaps the debuggee as soon as it exits, so a gone pid means an ended program. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

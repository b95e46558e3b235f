"""Kills a debug session's processes when the Node process that started them dies.

debugpy's adapter exits when its stdin closes and takes the launcher and the debuggee with it,
except when it is wedged (after a request it never answers): then all three keep running.
adapter/debugpy/processGuard.ts starts this watchdog in its own process group and writes lines
to its stdin: "+PID" guards the process group led by PID, "-PID" forgets it (it exited, and its
number may be reused), "release" dismisses the watchdog. When stdin closes without "release"
(the Node process died), the watchdog freezes the guarded groups, then kills them and every
descendant. Copied to bundled/python/ by scripts/setup.sh.
"""
import os
import signal
import subprocess
import sys


def processes():
    """(pid, ppid, pgid) of every live process."""
    if os.path.isdir("/proc/self"):
        table = []
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rpartition(")")[2].split()
            except OSError:
                continue
            table.append((int(name), int(fields[1]), int(fields[2])))
        return table
    out = subprocess.run(["ps", "-A", "-o", "pid=,ppid=,pgid="], capture_output=True, text=True).stdout
    return [tuple(int(x) for x in line.split()) for line in out.splitlines() if len(line.split()) == 3]


def send(pid, sig):
    try:
        os.kill(pid, sig)
    except OSError:
        pass


def kill_trees(roots):
    for root in roots:
        send(-root, signal.SIGSTOP)
    table = processes()
    doomed = set(roots) | {pid for pid, _, pgid in table if pgid in roots}
    children = {}
    for pid, ppid, _ in table:
        children.setdefault(ppid, []).append(pid)
    todo = list(doomed)
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in doomed:
                doomed.add(child)
                todo.append(child)
    for root in roots:
        send(-root, signal.SIGKILL)
    for pid in doomed:
        send(pid, signal.SIGKILL)


def main():
    # A terminal closing or Ctrl-C reaches the parent's group, not ours; ignore them anyway.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    roots = set()
    for line in sys.stdin:
        word = line.strip()
        if word == "release":
            return
        if word[1:].isdigit():
            (roots.add if word[0] == "+" else roots.discard)(int(word[1:]))
    kill_trees(roots)


if __name__ == "__main__":
    main()

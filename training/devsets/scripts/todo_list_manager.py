"""A small to-do list manager driven by a fixed list of commands."""
from dataclasses import dataclass, field
from enum import Enum


class Priority(Enum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


@dataclass
class Task:
    id: int
    title: str
    priority: Priority = Priority.NORMAL
    done: bool = False
    tags: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        box = "[x]" if self.done else "[ ]"
        tags = " ".join(f"#{t}" for t in self.tags)
        return f"{box} {self.id:>2} {self.title:<22} {self.priority.name:<6} {tags}".rstrip()


class TodoList:
    def __init__(self) -> None:
        self._tasks: dict[int, Task] = {}
        self._next_id = 1

    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self):
        # open tasks first, most important on top, then by id
        return iter(sorted(self._tasks.values(), key=lambda t: (t.done, -t.priority.value, t.id)))

    def add(self, title: str, priority: str = "NORMAL", *tags: str) -> Task:
        task = Task(self._next_id, title, Priority[priority.upper()], tags=list(tags))
        self._tasks[task.id] = task
        self._next_id += 1
        return task

    def complete(self, task_id: int) -> None:
        self._get(task_id).done = True

    def remove(self, task_id: int) -> Task:
        return self._tasks.pop(self._get(task_id).id)

    def _get(self, task_id: int) -> Task:
        try:
            return self._tasks[task_id]
        except KeyError:
            raise KeyError(f"no task #{task_id}") from None

    def pending(self) -> int:
        return sum(not t.done for t in self._tasks.values())

    def tag(self, task_id: int, *tags: str) -> None:
        task = self._get(task_id)
        task.tags.extend(t for t in tags if t not in task.tags)

    def by_tag(self) -> dict[str, list[int]]:
        """Task ids per tag, tags in alphabetical order."""
        index: dict[str, list[int]] = {}
        for task in self._tasks.values():
            for t in task.tags:
                index.setdefault(t, []).append(task.id)
        return {t: sorted(ids) for t, ids in sorted(index.items())}


def run(todo: TodoList, commands: list[str]) -> None:
    for line in commands:
        verb, *args = line.split()
        try:
            if verb == "add":
                title = args[0].replace("_", " ")
                todo.add(title, *args[1:])
            elif verb == "done":
                todo.complete(int(args[0]))
            elif verb == "tag":
                todo.tag(int(args[0]), *args[1:])
            elif verb == "rm":
                gone = todo.remove(int(args[0]))
                print(f"removed: {gone.title}")
            else:
                print(f"unknown command {verb!r}")
        except (KeyError, ValueError) as err:
            print(f"! {line}: {err}")


if __name__ == "__main__":
    script = [
        "add buy_milk LOW home",
        "add renew_passport HIGH admin",
        "add fix_bike_light",
        "add call_plumber high home",
        "done 1",
        "done 7",
        "rm 3",
        "add pay_rent urgent",
        "tag 2 errands home",
        "tag x home",
        "snooze 2",
    ]
    todo = TodoList()
    run(todo, script)
    print(f"{len(todo)} tasks, {todo.pending()} pending")
    for task in todo:
        print(task)
    for tag, ids in todo.by_tag().items():
        print(f"#{tag}: {', '.join(map(str, ids))}")

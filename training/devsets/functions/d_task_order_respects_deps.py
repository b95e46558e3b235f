def respects_dependencies(order: list[str], depends_on: dict[str, list[str]]) -> bool:
    """Check a proposed build order: every task must come after all of the
    tasks it depends on, and each task may appear only once.

    Dependencies on tasks that are not in the order at all are treated as
    already done.
    """
    position = {}
    for index, task in enumerate(order):
        if task in position:
            return False
        position[task] = index

    for task, prerequisites in depends_on.items():
        if task not in position:
            continue
        for prerequisite in prerequisites:
            if prerequisite in position and position[prerequisite] > position[task]:
                return False
    return True

# dev cases
respects_dependencies(["fetch", "compile", "test", "package"], {"compile": ["fetch", "codegen"], "test": ["compile"], "package": ["test", "compile"]})
respects_dependencies(["lint", "test", "build"], {"test": ["build"], "build": ["lint"]})

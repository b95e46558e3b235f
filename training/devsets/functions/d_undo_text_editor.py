def replay_edits(operations: list[tuple]) -> str:
    """Replay editor operations and return the final text.

    ("type", s) appends s, ("delete", n) removes the last n characters,
    ("undo",) reverts the most recent type/delete, ("redo",) re-applies
    the last undone one. New edits clear the redo history.
    """
    text = ""
    undo_stack: list[str] = []
    redo_stack: list[str] = []
    for op, *args in operations:
        if op in ("type", "delete"):
            undo_stack.append(text)
            redo_stack.clear()
            text = text + args[0] if op == "type" else text[:max(0, len(text) - args[0])]
        elif op == "undo" and undo_stack:
            redo_stack.append(text)
            text = undo_stack.pop()
        elif op == "redo" and redo_stack:
            undo_stack.append(text)
            text = redo_stack.pop()
    return text

# dev cases
replay_edits([("type", "Hello"), ("type", " world"), ("delete", 3), ("undo",), ("type", "!"), ("redo",)])
replay_edits([("type", "draft"), ("undo",), ("undo",), ("redo",), ("delete", 2)])

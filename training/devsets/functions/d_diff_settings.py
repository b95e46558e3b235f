def diff_settings(old: dict, new: dict) -> dict:
    """Describe how a settings dict changed.

    Returns a dict with sorted lists under "added" and "removed" and a dict
    of key -> (old, new) under "changed".
    """
    added = sorted(key for key in new if key not in old)
    removed = sorted(key for key in old if key not in new)
    changed = {}
    for key in sorted(old.keys() & new.keys()):
        if old[key] != new[key]:
            changed[key] = (old[key], new[key])
    return {"added": added, "removed": removed, "changed": changed}

# dev cases
diff_settings({"theme": "dark", "font": 12, "beta": True}, {"theme": "light", "font": 12, "lang": "en"})
diff_settings({"retries": 3, "timeout": 30}, {"retries": 5, "timeout": 30.0})

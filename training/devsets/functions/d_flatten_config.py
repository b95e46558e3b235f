"""Helpers for turning the nested YAML config into env-style keys."""


def flatten_config(config: dict, prefix: str = "", sep: str = ".") -> dict:
    """Flatten nested dicts into a single level with joined keys.

    >>> flatten_config({"db": {"host": "x", "port": 5432}})
    {'db.host': 'x', 'db.port': 5432}
    """
    flat = {}
    for key, value in config.items():
        full_key = f"{prefix}{sep}{key}" if prefix else key
        if isinstance(value, dict) and value:
            flat.update(flatten_config(value, full_key, sep))
        else:
            flat[full_key] = value
    return flat

# dev cases
flatten_config({"app": {"debug": False, "cache": {"ttl": 300, "size": 128}}, "name": "shop"})
flatten_config({"log": {"level": "INFO", "handlers": {}}, "workers": 4}, "", "__")

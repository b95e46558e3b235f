class ConfigError(Exception):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as exc:
        raise ConfigError(f"no setting {key}") from exc


def load(settings):
    port = read_setting(settings, "port")
    host = read_setting(settings, "host")
    return host, port


try:
    load({"port": 80})
except ConfigError as err:
    print("failed:", err)
print(load({"port": 1, "host": "h"}))

COMPOUND_EXTENSIONS = (".tar.gz", ".tar.bz2", ".tar.xz")


def split_extension(filename: str) -> tuple[str, str]:
    """Split 'archive.tar.gz' into ('archive', '.tar.gz').

    Hidden files such as '.bashrc' have no extension.
    """
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    lowered = base.lower()
    for ext in COMPOUND_EXTENSIONS:
        if lowered.endswith(ext) and len(base) > len(ext):
            return base[: -len(ext)], base[-len(ext):]

    dot = base.rfind(".")
    if dot <= 0:
        return base, ""
    return base[:dot], base[dot:]

# dev cases
split_extension("C:\\Users\\kim\\Backups\\site.TAR.GZ")
split_extension("/home/kim/.bashrc")

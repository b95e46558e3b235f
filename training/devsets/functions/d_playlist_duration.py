class Playlist:
    def __init__(self, name: str):
        self.name = name
        self.tracks: list[tuple[str, int]] = []

    def add(self, title: str, seconds: int) -> None:
        self.tracks.append((title, seconds))

    def __len__(self) -> int:
        return len(self.tracks)

    def total_seconds(self) -> int:
        return sum(seconds for _, seconds in self.tracks)

    def formatted_length(self) -> str:
        minutes, seconds = divmod(self.total_seconds(), 60)
        hours, minutes = divmod(minutes, 60)
        if hours:
            return f"{hours}:{minutes:02d}:{seconds:02d}"
        return f"{minutes}:{seconds:02d}"


def describe_playlist(name: str, tracks: list[tuple[str, str]]) -> str:
    """Summary line like "Road trip: 3 tracks, 11:05" for tracks given as
    (title, "m:ss")."""
    playlist = Playlist(name)
    for title, length in tracks:
        minutes, seconds = length.split(":")
        playlist.add(title, int(minutes) * 60 + int(seconds))
    noun = "track" if len(playlist) == 1 else "tracks"
    return f"{playlist.name}: {len(playlist)} {noun}, {playlist.formatted_length()}"

# dev cases
describe_playlist("Road trip", [("Intro", "3:45"), ("Highway", "5:12"), ("Dusk", "2:08")])
describe_playlist("Focus", [("Rain", "48:30"), ("Drone", "27:45")])

"""A repeatable 'shuffle' for a playlist: no two songs by one artist in a row.

Instead of random numbers it uses a tiny linear congruential generator with
a fixed seed, so the same playlist always comes out in the same order.
"""
from collections import namedtuple

Song = namedtuple('Song', 'title artist seconds')
SEED = 2024


def lcg(seed: int):
    """Yield an endless stream of pseudo-random ints."""
    state = seed
    while True:
        state = (1103515245 * state + 12345) % 2**31
        yield state


def shuffle(songs: list[Song], seed: int = SEED) -> list[Song]:
    pool = list(songs)
    numbers = lcg(seed)
    order: list[Song] = []
    while pool:
        pick = next(numbers) % len(pool)
        # avoid back-to-back artists when there is any other choice
        if order and pool[pick].artist == order[-1].artist and len(pool) > 1:
            others = [i for i, s in enumerate(pool) if s.artist != order[-1].artist]
            if others:
                pick = others[pick % len(others)]
        order.append(pool.pop(pick))
    return order


def mmss(seconds: int) -> str:
    return f'{seconds // 60}:{seconds % 60:02d}'


if __name__ == '__main__':
    playlist = [
        Song('Harbor Lights', 'The Minnows', 214),
        Song('Paper Kite', 'Juno Vale', 187),
        Song('Slow Tide', 'The Minnows', 243),
        Song('Copper Sky', 'Ostra', 198),
        Song('Night Bus', 'Juno Vale', 176),
        Song('Gravel Road', 'Ostra', 261),
        Song('Lantern', 'The Minnows', 205),
    ]
    mix = shuffle(playlist)
    for n, song in enumerate(mix, 1):
        print(f'{n:>2}. {song.title:<14} {song.artist:<12} {mmss(song.seconds)}')
    total = sum(s.seconds for s in mix)
    print('Total:', mmss(total))
    print('Same again:', shuffle(playlist) == mix)

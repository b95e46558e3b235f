"""A very small text adventure run from a fixed list of commands.

The world is a handful of rooms; the player can move, take items, use the
key on the locked cellar door, and check the inventory.
"""
from dataclasses import dataclass, field
from enum import Enum, auto


class State(Enum):
    EXPLORING = auto()
    WON = auto()
    QUIT = auto()


@dataclass
class Room:
    name: str
    description: str
    exits: dict[str, str] = field(default_factory=dict)
    items: list[str] = field(default_factory=list)
    locked: dict[str, str] = field(default_factory=dict)  # direction -> key needed


def make_world() -> dict[str, Room]:
    rooms = [
        Room("hall", "A draughty hall.", {"north": "library", "east": "kitchen"}),
        Room("library", "Dusty shelves.", {"south": "hall"}, ["candle"]),
        Room("kitchen", "Smells of onions.", {"west": "hall", "down": "cellar"},
             ["brass key"], locked={"down": "brass key"}),
        Room("cellar", "Cold and dark. A chest glints.", {"up": "kitchen"}, ["treasure"]),
    ]
    return {r.name: r for r in rooms}


class Game:
    ALIASES = {"n": "north", "s": "south", "e": "east", "w": "west", "d": "down", "u": "up"}

    def __init__(self) -> None:
        self.rooms = make_world()
        self.here = self.rooms["hall"]
        self.inventory: list[str] = []
        self.state = State.EXPLORING
        self.moves = 0

    def __repr__(self) -> str:
        return f"Game(room={self.here.name!r}, state={self.state.name}, moves={self.moves})"

    def handle(self, command: str) -> str:
        verb, _, rest = command.strip().lower().partition(" ")
        handler = getattr(self, f"do_{verb}", None)
        if handler is None and (verb in self.ALIASES or verb in self.ALIASES.values()):
            handler, rest = self.do_go, verb  # a bare direction means "go <direction>"
        if handler is None:
            return f"I don't know how to '{verb}'."
        self.moves += 1
        return handler(rest)

    def do_go(self, direction: str) -> str:
        direction = self.ALIASES.get(direction, direction)
        if direction not in self.here.exits:
            return "You can't go that way."
        if direction in self.here.locked:
            return "The way is locked."
        self.here = self.rooms[self.here.exits[direction]]
        return f"{self.here.name.title()}: {self.here.description}"

    def do_take(self, item: str) -> str:
        if item not in self.here.items:
            return f"There is no {item} here."
        self.here.items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = State.WON
        return f"Taken: {item}."

    def do_use(self, item: str) -> str:
        if item not in self.inventory:
            return f"You don't have a {item}."
        for direction, key in list(self.here.locked.items()):
            if key == item:
                del self.here.locked[direction]
                return f"You unlock the way {direction}."
        return "Nothing happens."

    def do_look(self, _rest: str) -> str:
        items = ", ".join(self.here.items) or "nothing"
        exits = ", ".join(sorted(self.here.exits))
        return f"{self.here.description} You see: {items}. Exits: {exits}."

    def do_inventory(self, _rest: str) -> str:
        return "You carry: " + (", ".join(self.inventory) or "nothing") + "."

    def do_quit(self, _rest: str) -> str:
        self.state = State.QUIT
        return "Bye."


COMMANDS = [
    'look', 'n', 'take candle', 's', 'east', 'down', 'use brass key',
    'take brass key', 'use brass key', 'dance', 'd', 'look', 'take treasure',
    'inventory', 'quit',
]

if __name__ == "__main__":
    game = Game()
    for cmd in COMMANDS:
        reply = game.handle(cmd)
        print(f"> {cmd:<15} {reply}")
        if game.state is not State.EXPLORING:
            break
    print(game)
    if game.state is State.WON:
        print(f"You won in {game.moves} moves with {len(game.inventory)} items.")

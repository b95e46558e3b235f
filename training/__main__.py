"""Command line: `python -m training <command> ...`. Each command lives in its own module."""
from __future__ import annotations

import argparse
import importlib
import sys

# command name -> module defining add_arguments(parser) and run(args) -> exit code
COMMANDS = {
    "trace": "training.trace_cli",
    "generate": "training.generator.cli",
    "tokenizer": "training.tokenizer",
    "dataset": "training.dataset",
    "train": "training.train",
    "golden": "training.golden",
    "export": "training.export",
    "eval": "training.evaluate",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    modules = {}
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        modules[name] = module
        module.add_arguments(sub.add_parser(name, help=module.__doc__.splitlines()[0],
                                            description=module.__doc__))
    args = parser.parse_args(argv)
    return modules[args.command].run(args)


if __name__ == "__main__":
    sys.exit(main())

"""Generator v2: modules written the way people write code (docstrings, type hints, constants,
the standard library, a `__main__` guard), with people-like inputs. See docs/generator.md."""

"""Generator of diverse, real Python programs with inputs, traced and split (docs/generator.md).

Programs are composed from typed fragments (expressions.py, statements.py) in seven families
(families/), checked by the ground-truth tracer (gates.py), deduplicated and split by
normalized structure (dedup.py), and written as sharded JSONL by the CLI (cli.py).
"""

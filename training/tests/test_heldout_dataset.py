"""The held-out dataset writer names the entry function `f`, as the common format expects."""
from training.heldout_dataset import renamed_to_f


def test_the_entry_function_and_its_recursive_calls_become_f():
    code = "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\n"
    renamed = renamed_to_f(code, "fact")
    assert renamed == "def f(n):\n    return 1 if n < 2 else n * f(n - 1)\n"
    scope: dict = {}
    exec(renamed, scope)
    assert scope["f"](5) == 120


def test_programs_that_already_use_f_are_left_out():
    assert renamed_to_f("def g(f):\n    return f + 1\n", "g") is None
    assert renamed_to_f("def g_total(x):\n    return x\n", "g") == "def g_total(x):\n    return x\n"

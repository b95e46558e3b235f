"""Count predicted stops that cannot happen in their program, judged by Python's own parser
(independent of the runtime's lexer-based rules it checks).

    python bench/impossible_stops.py PROGRAM.py < compare-report.json

A predicted stop is impossible when one of its frames is named after a function that does not
contain its line (the innermost def, class, lambda or comprehension around the line, or
`<module>`; a def or class line also counts for the scope that runs it), or holds a local its
scope never binds (a parameter, an assigned, imported, loop, with, except or global/nonlocal
name, or a free variable of an enclosing function). Prints one JSON object: stops, impossible,
frames in the wrong function, unknown locals.
"""
import ast
import json
import sys

SYNTHETIC = {ast.Lambda: '<lambda>', ast.ListComp: '<listcomp>', ast.SetComp: '<setcomp>',
             ast.DictComp: '<dictcomp>', ast.GeneratorExp: '<genexpr>'}


class Scope:
    def __init__(self, node, name, parent):
        self.node, self.name, self.parent = node, name, parent
        self.first = getattr(node, 'lineno', 1)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.decorator_list:
            self.first = min(d.lineno for d in node.decorator_list)
        self.last = getattr(node, 'end_lineno', 10**9)
        self.bound = set()


def scopes_of(tree):
    """Every scope with the names bound in it (free variables added from enclosing functions)."""
    out = []
    declared_global = set()

    def visit(node, scope):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                scope.bound.add(child.name)
                inner = Scope(child, child.name, scope)
                out.append(inner)
                if not isinstance(child, ast.ClassDef):
                    args = child.args
                    for a in args.posonlyargs + args.args + args.kwonlyargs + [args.vararg, args.kwarg]:
                        if a is not None:
                            inner.bound.add(a.arg)
                visit(child, inner)
            elif type(child) in SYNTHETIC:
                inner = Scope(child, SYNTHETIC[type(child)], scope)
                out.append(inner)
                if isinstance(child, ast.Lambda):
                    for a in child.args.posonlyargs + child.args.args + child.args.kwonlyargs + [child.args.vararg, child.args.kwarg]:
                        if a is not None:
                            inner.bound.add(a.arg)
                else:
                    inner.bound.add('.0')
                visit(child, inner)
            else:
                if isinstance(child, ast.Name) and isinstance(child.ctx, (ast.Store, ast.Del)):
                    scope.bound.add(child.id)
                elif isinstance(child, (ast.Import, ast.ImportFrom)):
                    for alias in child.names:
                        scope.bound.add((alias.asname or alias.name).split('.')[0])
                elif isinstance(child, ast.ExceptHandler) and child.name:
                    scope.bound.add(child.name)
                elif isinstance(child, (ast.Global, ast.Nonlocal)):
                    scope.bound.update(child.names)
                    if isinstance(child, ast.Global):
                        declared_global.update(child.names)
                elif isinstance(child, ast.NamedExpr):
                    scope.bound.add(child.target.id)
                visit(child, scope)

    module = Scope(tree, '<module>', None)
    out.append(module)
    visit(tree, module)
    module.bound |= declared_global
    for s in out:  # free variables: names used here that an enclosing function binds
        used = {n.id for n in ast.walk(s.node) if isinstance(n, ast.Name)}
        p = s.parent
        while p is not None:
            if not isinstance(p.node, (ast.ClassDef, ast.Module)):
                s.bound |= used & p.bound
            p = p.parent
    return out


def owners(scopes, line):
    """Names of the scopes a frame standing on `line` may be in."""
    inner = [s for s in scopes if s.first <= line <= s.last]
    if not inner:
        return {'<module>'}
    deepest = max(inner, key=lambda s: (s.first, -s.last))
    names = {deepest.name}
    if deepest.first <= line <= getattr(deepest.node, 'lineno', line) and deepest.parent is not None:
        names.add(deepest.parent.name)  # the def/class line runs in the enclosing scope
    return names


def main():
    source = open(sys.argv[1], encoding='utf-8').read()
    scopes = scopes_of(ast.parse(source))
    bound_by_name = {}
    for s in scopes:
        bound_by_name.setdefault(s.name, set()).update(s.bound)
    report = json.load(sys.stdin)
    stops = impossible = wrong_function = unknown_locals = 0
    for record in report['records']:
        stop = record.get('predicted')
        if not stop or record['index'] == 0:
            continue
        stops += 1
        bad = False
        for frame in stop['stack']:
            if frame['name'] not in owners(scopes, frame['line']):
                wrong_function += 1
                bad = True
            known = bound_by_name.get(frame['name'], set())
            unknown = [n for n in frame['locals'] if n not in known]
            unknown_locals += len(unknown)
            bad = bad or bool(unknown)
        impossible += bad
    print(json.dumps({'stops': stops, 'impossible': impossible, 'wrong_function': wrong_function,
                      'unknown_locals': unknown_locals}))


if __name__ == '__main__':
    main()

def depth_first(tree, target, path):
    node, children = tree
    path.append(node)
    if node == target:
        raise LookupError("/".join(path))
    for child in children:
        depth_first(child, target, path)
    path.pop()


tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
try:
    depth_first(tree, "b1", [])
except LookupError as found:
    print("found", found)
depth_first(tree, "zz", [])
print("searched all")

class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node


def build(values):
    head = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def to_list(node):
    out = []
    while node is not None:
        out.append(node.value)
        node = node.next
    return out


head = build([1, 2, 3])
second = head.next
print(to_list(head), second.value)

class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        return len(self.items)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def peek(self):
        return self.items[-1] if self.items else None


s = Stack()
for token in "ab":
    s.push(token)
top = s.peek()
popped = [s.pop(), s.pop()]
try:
    s.pop()
except IndexError as e:
    message = str(e)
print(top, popped, message)

# error deep in a realistic program: inconsistent dedent
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("empty")
        return self.items.pop()
   def peek(self):
        return self.items[-1]

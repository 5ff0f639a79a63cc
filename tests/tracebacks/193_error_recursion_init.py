class Node:
    def __init__(self, depth):
        self.child = Node(depth + 1)

Node(0)

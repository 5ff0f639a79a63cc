# error deep in a match statement: invalid pattern
def handle(command):
    match command.split():
        case ["go", direction]:
            return direction
        case ["drop", *items]:
            return items
        case {"x": 1, **rest, "y": 2}:
            return rest
        case _:
            return None

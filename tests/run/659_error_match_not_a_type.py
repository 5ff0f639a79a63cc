def check(value, kind):
    match value:
        case kind():
            return "instance"
    return "not"

print(check(1, int))
print(check(1, len))

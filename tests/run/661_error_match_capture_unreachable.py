print("never printed: a compile-time error")

def f(value):
    match value:
        case [x]:
            return 1
        case name:
            return 2
        case 3:
            return 3

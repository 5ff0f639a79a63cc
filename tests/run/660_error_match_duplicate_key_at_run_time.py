class Keys:
    first = "k"
    second = "k"

match {"k": 1, "other": 2}:
    case {Keys.first: a, Keys.second: b}:
        print(a, b)

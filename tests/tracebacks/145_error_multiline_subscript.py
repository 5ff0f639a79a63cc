table = {}
value = table[
    "key"
]

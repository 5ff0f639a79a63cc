# mismatched closing bracket on a later line
x = foo(
    1,
    2,
]

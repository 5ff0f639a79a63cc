# cannot assign to dict literal
{'a': 1} = x

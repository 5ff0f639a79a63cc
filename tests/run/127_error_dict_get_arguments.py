# dict.get needs a key.
print({}.get(1), {1: 2}.get(1, 3))
{}.get()

class Plain:
    pass


print(f"{Plain()!r:.0}" == "<")
print(f"{Plain():x}")

value = "text"
print(f"{value:>8}|")
print(f"{value:d}")

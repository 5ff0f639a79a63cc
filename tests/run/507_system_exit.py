import_free = True
print("before exit")
raise SystemExit(3)

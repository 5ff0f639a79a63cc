# illegal target for annotation
f(): int = 1

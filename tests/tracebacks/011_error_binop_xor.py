flags = 3
mask = flags ^ "1"

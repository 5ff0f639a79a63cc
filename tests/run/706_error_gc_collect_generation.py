import gc
print(gc.collect(0) >= 0)
gc.collect(3)

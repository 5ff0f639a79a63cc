# OverflowError for a shift count beyond a machine word.
print(0 << 2**70)
print(1 << 2**70)

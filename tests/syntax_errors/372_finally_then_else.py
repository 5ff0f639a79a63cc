# else after finally
try:
    pass
finally:
    pass
else:
    pass

# except clause after finally
try:
    pass
finally:
    pass
except:
    pass

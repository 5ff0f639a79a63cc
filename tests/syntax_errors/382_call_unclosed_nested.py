# nested call where the inner paren is never closed
print(len(x)

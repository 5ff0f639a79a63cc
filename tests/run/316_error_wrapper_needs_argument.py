# A slot wrapper called without its instance.
print(int.__add__(2, 3))
int.__add__()

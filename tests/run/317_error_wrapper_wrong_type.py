# A slot wrapper called on an instance of another type.
print(str.__len__("abc"))
int.__add__("a", 1)

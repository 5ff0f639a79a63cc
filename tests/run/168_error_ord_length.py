# ord length
print(ord('a'))
ord('ab')

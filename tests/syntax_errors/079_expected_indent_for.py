# expected an indented block after 'for'
for i in x:
print(i)

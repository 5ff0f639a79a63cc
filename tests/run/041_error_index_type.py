# TypeError for a str index into a list.
x = [1]
i = "0"
print(x[i])

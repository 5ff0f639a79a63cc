print({(k,): k for k in range(2)})
print({[k]: k for k in range(2)})

# A SyntaxError from eval(), uncaught.
print(eval("2 ** 5"))
eval("(1 +")

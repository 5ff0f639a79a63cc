# Decimal int literals over 4300 digits are a SyntaxError (compile() too); other bases are not limited.
source = "x = " + "1" * 4300
namespace = {}
exec(compile(source, "<big>", "exec"), namespace)
print(len(str(namespace["x"])))
for text in ["1" * 4301, "1_" + "0" * 4300, "0x" + "f" * 5000, "1" * 5000 + ".0", "1" * 5000 + "j"]:
    try:
        value = eval(text)
        print("ok", type(value).__name__)
    except SyntaxError as error:
        print("SyntaxError", error.msg[:80], error.lineno, error.offset)
    except ValueError as error:
        print("ValueError", str(error)[:60])
exec("y = " + "9" * 4400)

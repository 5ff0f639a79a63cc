# match: literal patterns (numbers incl. negative/complex, strings, bytes, None/True/False), capture, wildcard.
match x:
    case 0:
        pass
    case 1 | 2 | 3:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case -1.5e3:
        pass
    case 1j:
        pass
    case -1j:
        pass
    case 1 + 2j:
        pass
    case 1 - 2j:
        pass
    case -1 + 2j:
        pass
    case -1.5 - 0.5j:
        pass
    case 0x10 | 0o7 | 0b1 | 1_000:
        pass
    case "string":
        pass
    case 'a' 'b' "c":
        pass
    case b"bytes":
        pass
    case r"raw\d":
        pass
    case """triple""":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case name:
        pass
match x:
    case _:
        pass
match x:
    case y if y > 0:
        pass
    case _ if cond:
        pass
    case 1 if (z := 2):
        pass
match (x):
    case (name):
        pass
match x: 
    case 1: pass
    case 2: y = 1; z = 2
match x,:
    case 1,:
        pass
match x, y:
    case 1, 2:
        pass
match *a, b:
    case [*_]:
        pass
match -x:
    case _: pass
match f(x):
    case _: pass
match x if y else z:
    case _: pass
match await_ := 1:
    case _: pass

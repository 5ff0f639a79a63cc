# compile() of bytes accepts any bytes in a comment: öÿþ€
x = 1  # Latin-1 été, a truncated sequence ä¸ and a surrogate í €
def f(a):
    # À€ overlong
    return a  # ðŸ˜

s = "ok"  # ø
# last line without a newline ö
def check(value):
    assert isinstance(value, str), "need a str"

check(1)

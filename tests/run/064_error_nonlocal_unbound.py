# Augmented assignment to a nonlocal before the enclosing scope assigns it.
def outer():
    def inner():
        nonlocal captured_setting
        captured_setting += 1
    inner()
    captured_setting = 0

outer()

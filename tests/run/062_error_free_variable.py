# Reading a free variable before the enclosing scope assigns it.
def outer():
    def inner():
        return captured_setting
    print("calling")
    inner()
    captured_setting = 1

outer()

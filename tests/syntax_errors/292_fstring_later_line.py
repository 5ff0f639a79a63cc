# f-string error on a later line of a valid program
def greet(name):
    prefix = 'Hello'
    return f'{prefix}, {name!z}'

def greet(name):
    return name

greet(nam="x")

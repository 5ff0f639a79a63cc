# The first program Krait runs.
greeting = "Hello, world!"
print(greeting)

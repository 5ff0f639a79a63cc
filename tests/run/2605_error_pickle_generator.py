# Pickling a generator fails as in CPython: the exception ends the program.
import pickle


def numbers():
    yield 1


print(len(pickle.dumps([1, 2])))
pickle.dumps(numbers())

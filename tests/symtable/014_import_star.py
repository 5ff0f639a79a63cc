from os import *
from os.path import join, exists as ex
import sys as system


def f():
    return join, path

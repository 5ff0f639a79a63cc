#!/usr/bin/env python3
# -*- coding: utf-8 -*-
x = 1  # trailing
    # indented comment line

# type: ignore
y = 2 # type: int
def f():  # noqa
    return  # done
# last line comment without newline
# f-string: conversion followed by garbage
x = f'{a!rr}'

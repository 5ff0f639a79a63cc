# global with annotation
global x: int

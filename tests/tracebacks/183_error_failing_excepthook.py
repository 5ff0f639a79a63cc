import sys
def hook(t, v, tb):
    raise RuntimeError("hook broke")
sys.excepthook = hook
def f():
    raise ValueError("original")
f()

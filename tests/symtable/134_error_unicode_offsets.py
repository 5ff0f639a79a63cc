def f(ééé):
    global ééé

def f():
    résultat = 1
     return résultat

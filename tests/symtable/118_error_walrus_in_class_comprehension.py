class C:
    values = [(y := 1) for x in z]

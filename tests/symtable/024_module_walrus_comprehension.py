[y := 1 for x in z]
print(y)
{(k2 := k): v for k, v in items}
(last := g for g in gens)

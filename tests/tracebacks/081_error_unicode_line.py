naïve = "café"
résultat = naïve + 1

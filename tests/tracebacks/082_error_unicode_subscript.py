données = {"clé": 1}
données["clé"] + données["absent"]

# only single target can be annotated (list)
[a]: int

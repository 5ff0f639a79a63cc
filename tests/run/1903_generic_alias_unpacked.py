# Iterating over a GenericAlias gives it unpacked (PEP 646: *tuple[int]).
items = [*tuple[int, str]]
alias = items[0]
print(len(items), repr(alias), alias.__unpacked__, alias.__typing_unpacked_tuple_args__)
print(alias == tuple[int, str], alias == [*tuple[int, str]][0], tuple[int].__unpacked__)
print([*list[int]][0].__typing_unpacked_tuple_args__, repr([*list[int]][0]), tuple[int].__typing_unpacked_tuple_args__)
print(alias.__origin__, alias.__args__)
print("__iter__" in dir(type(list[int])))

# type() with bases that are not a tuple.
type('A', [object], {})

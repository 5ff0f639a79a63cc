#!/usr/bin/env python3
"""The `krait --symtable FILE` view, computed by CPython 3.11.

`python3 tests/symtable_view.py FILE` prints the symbol tables of FILE as
`_symtable` builds them (the C structures behind the `symtable` module): each
table depth first as `type name line=N nested=B optimized=B`, its parameters
(varnames), then each symbol sorted by name with its resolved scope and its
raw flags; children indented below. The raw flags subsume the `symtable.Symbol`
predicates (is_referenced = use, is_parameter = param, is_assigned = local,
is_imported = import, is_annotated = annot, is_nonlocal = nonlocal,
is_declared_global = GLOBAL_EXPLICIT, is_free = FREE...) and also show
DEF_FREE_CLASS and DEF_COMP_ITER.

A SyntaxError (or RecursionError) goes to stdout as Krait's
format_syntax_error prints it, so its location is compared too; exit status 1.
"""
import _symtable
import sys

FLAG_NAMES = [(_symtable.DEF_GLOBAL, "global"), (_symtable.DEF_LOCAL, "local"),
              (_symtable.DEF_PARAM, "param"), (_symtable.DEF_NONLOCAL, "nonlocal"),
              (_symtable.USE, "use"), (_symtable.DEF_FREE_CLASS, "free_class"),
              (_symtable.DEF_IMPORT, "import"), (_symtable.DEF_ANNOT, "annot"),
              (512, "comp_iter")]  # DEF_COMP_ITER, not exported by _symtable
SCOPE_NAMES = {_symtable.LOCAL: "LOCAL", _symtable.GLOBAL_EXPLICIT: "GLOBAL_EXPLICIT",
               _symtable.GLOBAL_IMPLICIT: "GLOBAL_IMPLICIT", _symtable.FREE: "FREE",
               _symtable.CELL: "CELL"}
TYPE_NAMES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class",
              _symtable.TYPE_MODULE: "module"}


def print_table(table, depth):
    indent = "  " * depth
    function = table.type == _symtable.TYPE_FUNCTION
    print("%s%s %s line=%d nested=%d optimized=%d" % (
        indent, TYPE_NAMES.get(table.type, "annotation"), table.name, table.lineno,
        bool(table.nested), function))
    if table.varnames:
        print("%s  params: %s" % (indent, " ".join(table.varnames)))
    for name in sorted(table.symbols):
        flags = table.symbols[name]
        scope = (flags >> _symtable.SCOPE_OFF) & _symtable.SCOPE_MASK
        words = [SCOPE_NAMES.get(scope, "UNRESOLVED")]
        words += [word for bit, word in FLAG_NAMES if flags & bit]
        unknown = flags & ((1 << _symtable.SCOPE_OFF) - 1) & ~sum(bit for bit, _ in FLAG_NAMES)
        if unknown:  # a flag Krait does not know: shown, so the test fails
            words.append(str(unknown))
        print("%s  %s: %s" % (indent, name, " ".join(words)))
    for child in table.children:
        print_table(child, depth + 1)


def format_syntax_error(error):
    """src/support/syntax_error.cpp format_syntax_error, in Python."""
    out = '  File "%s", line %d\n' % (error.filename, error.lineno or 0)
    offset = error.offset or 0
    end_lineno = error.end_lineno or 0
    end_offset = error.end_offset or 0
    if error.text:
        line = error.text.rstrip("\r\n")
        shown = line.lstrip(" \t\f")
        stripped = len(line) - len(shown)
        out += "    " + shown + "\n"
        start = offset - stripped
        if offset > 0 and start >= 1:
            start = min(start, len(shown) + 1)
            size = len(line.encode("utf-8", "surrogateescape")) + 1
            end_offset = size if end_lineno > error.lineno else end_offset
            end_offset = min(end_offset, size + 1)
            if type(error) is SyntaxError and end_lineno >= error.lineno and end_offset > offset:
                end = end_offset - stripped
            else:
                end = start + 1
            if end <= start:
                end = start + 1
            out += "    " + " " * (start - 1) + "^" * (end - start) + "\n"
    return out + "%s: %s\n" % (type(error).__name__, error.msg)


def main():
    filename = sys.argv[1]
    with open(filename, "rb") as f:
        source = f.read()
    try:
        top = _symtable.symtable(source, filename, "exec")
    except SyntaxError as error:
        sys.stdout.write(format_syntax_error(error))
        return 1
    except (RecursionError, MemoryError) as error:
        print("%s: %s" % (type(error).__name__, error))
        return 1
    print_table(top, 0)
    return 0


sys.exit(main())

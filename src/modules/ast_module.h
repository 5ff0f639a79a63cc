// Native modules: _ast (CPython's Python/Python-ast.c), the Python classes
// of the syntax tree that Lib/ast.py re-exports, and the conversions of
// compile(): Krait's parse tree to those objects (PyCF_ONLY_AST) and back,
// validated as CPython validates a tree it did not parse (Python/ast.c).
// Both directions and the classes are generated from parser/ast_nodes.def.
#pragma once

#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"
#include "runtime/interpreter.h"
#include "support/arena.h"

namespace krait::modules {

// compile()'s flags of the _ast module.
constexpr int only_ast_flag = 0x400;        // PyCF_ONLY_AST
constexpr int type_comments_flag = 0x1000;  // PyCF_TYPE_COMMENTS

// The tree as _ast objects (the classes are made on first use, as CPython
// makes them for compile() without importing ast); null with the exception
// pending.
runtime::Ref ast_to_objects(runtime::Interpreter& interpreter, const ast::Mod* tree);

// Whether `value` is an instance of _ast.AST. Without the classes made,
// nothing can be.
bool is_ast_object(runtime::Interpreter& interpreter, runtime::Value value);

// The _ast objects of `tree` as Krait's tree for compile() in `mode`
// (Module for exec, Expression for eval, Interactive for single), in
// `arena`, then validated; null with TypeError, ValueError or
// RecursionError pending. `constants` keeps alive the objects that
// Constant nodes refer to (ConstantValue::Tag::Object).
ast::Mod* ast_from_objects(runtime::Interpreter& interpreter, runtime::Value tree, parser::Mode mode, Arena& arena,
                           std::vector<runtime::Ref>& constants);

}  // namespace krait::modules

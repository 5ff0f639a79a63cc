// VM stage: structural pattern matching (PEP 634), the work behind the
// MATCH_* opcodes, as CPython 3.11's ceval.c does it (match_keys,
// match_class, the Py_TPFLAGS_SEQUENCE/MAPPING tests).
#pragma once

#include <cstdint>
#include <vector>

#include "runtime/interpreter.h"

namespace krait::vm {

// MATCH_SEQUENCE: whether `subject` is a sequence to match (list, tuple,
// range or a subclass: what CPython flags Py_TPFLAGS_SEQUENCE; str, bytes
// and bytearray are not) whose len() is `length`, or at least `length` when
// `at_least` (len() is not asked for at least 0). 1, 0, or -1 with an
// exception pending (from __len__).
int match_sequence(runtime::Interpreter& interpreter, runtime::Value subject, std::int64_t length, bool at_least);

// MATCH_MAPPING: whether `subject` is a mapping to match (dict or a
// subclass) with at least `length` items (len() is asked only when
// `length` > 0). 1, 0, or -1 with an exception pending.
int match_mapping(runtime::Interpreter& interpreter, runtime::Value subject, std::int64_t length);

// MATCH_KEYS: the values of the mapping `subject` for each key of the tuple
// `keys`, by subject.get(key, marker), into `values`. 1 when every key is
// there, 0 when one is missing, -1 with an exception pending (ValueError
// for a repeated key).
int match_keys(runtime::Interpreter& interpreter, runtime::Value subject, runtime::Value keys,
               std::vector<runtime::Ref>& values);

// COPY_DICT_WITHOUT: a new dict of `subject`'s items without the keys of
// the tuple `keys` (a mapping pattern's **rest).
runtime::Ref copy_dict_without(runtime::Interpreter& interpreter, runtime::Value subject, runtime::Value keys);

// MATCH_CLASS: when `subject` is an instance of `cls`, its attributes for
// `positional` sub-patterns (named by cls.__match_args__, or the subject
// itself for the builtin types that match themselves) and for the names of
// the tuple `names`, into `attributes`. 1 matched, 0 not (an attribute
// missing), -1 with CPython's TypeError (or another exception) pending.
int match_class(runtime::Interpreter& interpreter, runtime::Value cls, runtime::Value subject, int positional,
                runtime::Value names, std::vector<runtime::Ref>& attributes);

}  // namespace krait::vm

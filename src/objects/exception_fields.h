// Objects: the exception classes with fields of their own, after CPython's
// Objects/exceptions.c: SyntaxError (msg, filename, lineno, offset, text,
// end_lineno, end_offset, print_file_and_line), ImportError (msg, name,
// path), NameError (name), AttributeError (name, obj), OSError (errno,
// strerror, filename, filename2, characters_written; OSError(errno, ...)
// picks the subclass of the errno) and UnicodeDecodeError,
// UnicodeEncodeError, UnicodeTranslateError (encoding, object, start, end,
// reason); and the bridge between the front end's SyntaxErrorInfo and
// SyntaxError objects.
#pragma once

#include <cstdint>
#include <string_view>

#include "runtime/object.h"
#include "support/syntax_error.h"

namespace krait::runtime {

class Interpreter;

// Raises the error the front end reported: a SyntaxError (IndentationError,
// TabError) with its fields, or another type by name (RecursionError, the
// compiler's NotImplementedError) with the message. Returns the null Ref.
Ref raise_front_end_error(Interpreter& interpreter, const SyntaxErrorInfo& error);

// Raises ImportError (or a subclass: ModuleNotFoundError) with `message`
// and the name and path fields (null: None). Returns the null Ref.
Ref raise_import_error(Interpreter& interpreter, Type* type, std::string_view message, Value name, Value path);

// Gives the pending NameError (exactly that type, as CPython's
// format_exc_check_arg) its `name` attribute, and the `globals` the name was
// missing from (and the builtins), where the display's suggestion looks.
void set_name_error_name(Interpreter& interpreter, Value name, Value globals = Value());

// Gives the pending AttributeError its `name` and `obj` attributes, unless
// already set (CPython 3.11 sets them where an attribute lookup fails).
void set_attribute_error_context(Interpreter& interpreter, Value object, Value name);

// Raises UnicodeDecodeError / UnicodeEncodeError (`type`) made as Python
// code would: (encoding, object, start, end, reason). Returns the null Ref.
Ref raise_unicode_error(Interpreter& interpreter, Type* type, std::string_view encoding, Value object,
                        std::int64_t start, std::int64_t end, std::string_view reason);

// The fields of a SyntaxError instance as the traceback display prints
// them (`out.type` is the class's displayed name); false when `exception`
// is not one.
bool syntax_error_details(Interpreter& interpreter, Value exception, SyntaxErrorInfo& out);

// An AttributeError's name and obj, or a NameError's name and globals,
// when known (the suggestions of the traceback display).
bool error_context(Interpreter& interpreter, Value exception, Value& name, Value& where);

void init_exception_field_types(Interpreter& interpreter);

}  // namespace krait::runtime

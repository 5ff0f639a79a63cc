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

// Raises UnicodeDecodeError / UnicodeEncodeError (`type`) made as Python
// code would: (encoding, object, start, end, reason). Returns the null Ref.
Ref raise_unicode_error(Interpreter& interpreter, Type* type, std::string_view encoding, Value object,
                        std::int64_t start, std::int64_t end, std::string_view reason);

// Raises OSError (the subclass of the errno, as FileNotFoundError) for the
// C error `error_number` with its strerror text and, when not null, the
// filenames, as CPython's PyErr_SetFromErrnoWithFilenameObjects: "[Errno 2]
// No such file or directory: 'a' -> 'b'". Returns the null Ref.
Ref raise_os_error(Interpreter& interpreter, int error_number, Value filename = Value(), Value filename2 = Value());

// The fields of a SyntaxError instance as the traceback display prints
// them (`out.type` is the class's displayed name); false when `exception`
// is not one.
bool syntax_error_details(Interpreter& interpreter, Value exception, SyntaxErrorInfo& out);

// NameError.name and AttributeError.name/.obj, which the display's "Did
// you mean" reads: set on the pending exception (of that type) unless set
// already, as CPython's format_exc_check_arg and set_attribute_error_context.
void set_name_error_name(Interpreter& interpreter, Value name);
void set_attribute_error_context(Interpreter& interpreter, Value object, Value name);
// The fields (borrowed; None when unset).
Value name_error_name(Interpreter& interpreter, Value exception);
Value attribute_error_name(Interpreter& interpreter, Value exception);
Value attribute_error_object(Interpreter& interpreter, Value exception);

void init_exception_field_types(Interpreter& interpreter);

}  // namespace krait::runtime

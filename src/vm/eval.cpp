// VM stage: compile(), eval() and exec() (see eval.h), after CPython 3.11's
// builtin_compile_impl, builtin_eval_impl and builtin_exec_impl, message for
// message. Source text is compiled with its top level reading and writing
// names in the frame's locals mapping (compiler::CompileOptions), so the
// code runs with any globals dict and locals mapping.
#include "vm/eval.h"

#include <cstring>
#include <string>

#include "compiler/code_object.h"
#include "compiler/compiler.h"
#include "modules/ast_module.h"
#include "objects/bytes_methods.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/frame_inspection.h"
#include "runtime/operations.h"
#include "vm/call.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The flags codeop compiles with to tell an incomplete command.
constexpr int dont_imply_dedent_flag = 0x200;         // PyCF_DONT_IMPLY_DEDENT
constexpr int allow_incomplete_input_flag = 0x4000;  // PyCF_ALLOW_INCOMPLETE_INPUT

// What the parser makes of those flags (parser::ParseOptions), for `text`
// before prepare_text ends it with a newline: CPython's 'single' parser
// closes the blocks open at a last line without newline unless told not to.
template <class Options>
void set_input_end(Options& options, int flags, std::string_view text) {
  const bool unterminated = !text.empty() && text.back() != '\n' && text.back() != '\r';
  options.allow_incomplete_input = (flags & allow_incomplete_input_flag) != 0;
  options.imply_dedent = !(flags & dont_imply_dedent_flag) || options.mode != parser::Mode::Single || !unterminated;
}

// compile()'s flags (CPython's PyCF_* and CO_FUTURE_* bits) that it accepts:
// the future features, the obsolete CO_NESTED, and PyCF_COMPILE_MASK.
using modules::only_ast_flag;
constexpr int future_flags = 0x1FE0000;
constexpr int future_annotations_flag = compiler::code_future_annotations;  // CO_FUTURE_ANNOTATIONS
constexpr int accepted_flags =
    future_flags | 0x10 | dont_imply_dedent_flag | only_ast_flag | modules::type_comments_flag | 0x2000 |
    allow_incomplete_input_flag;

bool is_code(Interpreter& interpreter, Value value) {
  return interpreter.code_type && runtime::type_of(interpreter, value) == interpreter.code_type;
}

// The text of a source argument: a str's UTF-8 (its coding cookie not
// read), or the bytes of a bytes-like object. False (no exception) for
// anything else, which the caller names in its TypeError.
bool source_text(Interpreter& interpreter, Value source, std::string_view& text, tokenizer::SourceOrigin& origin) {
  if (runtime::is_str(interpreter, source)) {
    text = runtime::str_utf8(source);
    origin = tokenizer::SourceOrigin::Text;
    return true;
  }
  origin = tokenizer::SourceOrigin::Bytes;
  return runtime::byte_view(interpreter, source, text);
}

// The text compile(), eval() and exec() parse: null bytes are a
// SyntaxError (null returned, pending); as CPython's tokenizer reads a
// string for 'exec' and 'single' (not 'eval'), the text ends with a
// newline (seen in SyntaxError.text), added in `storage` when missing.
bool prepare_text(Interpreter& interpreter, std::string_view& text, parser::Mode mode, std::string& storage) {
  if (std::memchr(text.data(), '\0', text.size())) {
    // Constructed, so that its msg field is set.
    Ref message = runtime::new_str(interpreter, "source code string cannot contain null bytes");
    const Value argument = message.get();
    Ref error = runtime::call(interpreter, Value::object(interpreter.SyntaxError_type), &argument, 1);
    if (error) interpreter.raise_object(std::move(error));
    return false;
  }
  if (mode != parser::Mode::Eval && !text.empty() && text.back() != '\n' && text.back() != '\r') {
    storage.reserve(text.size() + 1);
    storage.append(text).push_back('\n');
    text = storage;
  }
  return true;
}

// The code of a compilation, or null with its error raised.
Ref compiled_code(Interpreter& interpreter, compiler::CompileResult& compiled, std::string_view text,
                  const std::string& filename) {
  if (!compiler::issue_warnings(interpreter, compiled, filename)) return Ref();
  if (!compiled.error) return std::move(compiled.code);
  compiler::end_error_text(*compiled.error, text);
  return runtime::raise_front_end_error(interpreter, *compiled.error);
}

compiler::CompileOptions compile_options(parser::Mode mode, int optimize, std::uint32_t future_features) {
  compiler::CompileOptions options;
  options.mode = mode;
  options.names_in_namespace = true;
  options.optimize = optimize;
  options.future_features = future_features;
  return options;
}

// The future features of the Python code calling exec(), eval() or
// compile(), which the code they compile inherits (CPython's
// PyEval_MergeCompilerFlags).
std::uint32_t caller_future_features(Interpreter& interpreter) {
  if (interpreter.frames.empty()) return 0;
  const CodeObject* code = compiler::as_code(Value::object(interpreter.frames.back().code));
  return code->flags & compiler::code_future_annotations ? compiler::future_feature::annotations : 0;
}

// Compiles source text for compile() (with its `flags`), eval() or exec();
// null with the SyntaxError pending.
Ref compile_text(Interpreter& interpreter, std::string_view text, tokenizer::SourceOrigin origin,
                 const std::string& filename, parser::Mode mode, int optimize, std::uint32_t future_features,
                 int flags = 0) {
  compiler::CompileOptions options = compile_options(mode, optimize, future_features);
  set_input_end(options, flags, text);
  std::string storage;
  if (!prepare_text(interpreter, text, mode, storage)) return Ref();
  compiler::CompileResult compiled = compiler::compile_source(interpreter, text, filename, origin, options);
  return compiled_code(interpreter, compiled, text, filename);
}

// compile(source, ..., PyCF_ONLY_AST), as ast.parse() calls it: the tree
// as _ast objects.
Ref parse_to_objects(Interpreter& interpreter, std::string_view text, tokenizer::SourceOrigin origin,
                     const std::string& filename, parser::Mode mode, int flags) {
  parser::ParseOptions options;
  options.mode = mode;
  set_input_end(options, flags, text);
  std::string storage;
  if (!prepare_text(interpreter, text, mode, storage)) return Ref();
  Arena arena;
  options.filename = filename;
  options.origin = origin;
  options.type_comments = (flags & modules::type_comments_flag) != 0;
  options.ast_depth_check = true;
  parser::ParseResult parsed = parser::parse(text, arena, options);
  compiler::CompileResult result;
  result.warnings = std::move(parsed.warnings);
  result.error = std::move(parsed.error);
  if (result.error) return compiled_code(interpreter, result, text, filename);
  // As compile_source shows a string's warnings.
  for (SyntaxErrorInfo& warning : result.warnings) warning.text = compiler::file_line(filename, warning.lineno);
  if (!compiler::issue_warnings(interpreter, result, filename)) return Ref();
  if (result.error) return compiled_code(interpreter, result, text, filename);
  return modules::ast_to_objects(interpreter, parsed.tree);
}

// compile(tree, filename, mode): the code of a tree of _ast objects.
Ref compile_objects(Interpreter& interpreter, Value tree, const std::string& filename, parser::Mode mode,
                    int optimize, std::uint32_t future_features) {
  Arena arena;
  std::vector<Ref> constants;
  const ast::Mod* module = modules::ast_from_objects(interpreter, tree, mode, arena, constants);
  if (!module) return Ref();
  compiler::CompileResult compiled = compiler::compile_tree(interpreter, module, "", filename,
                                                            tokenizer::SourceOrigin::Text,
                                                            compile_options(mode, optimize, future_features));
  return compiled_code(interpreter, compiled, "", filename);
}

// Runs a code object as PyEval_EvalCode does: module-level code in a frame
// with these globals and locals, function code as a call without arguments.
Ref run_code(Interpreter& interpreter, Value code_value, Value globals, Value locals) {
  CodeObject* code = compiler::as_code(code_value);
  if (code->flags & compiler::code_optimized) {
    Ref function = runtime::new_function(interpreter, code_value, globals, code->name.get(), code->qualname.get());
    return runtime::call(interpreter, function.get(), nullptr, 0);
  }
  Value* window = interpreter.frames.empty() ? interpreter.register_base() : interpreter.frames.back().top;
  if (!push_frame(interpreter, nullptr, code, globals, locals, window, nullptr, true)) return Ref();
  return execute(interpreter);
}

// The globals and locals of eval() and exec(): the caller's when globals is
// None (its locals too when locals is None), else the given dict (also as
// the locals when they are None), which gets __builtins__ if it has none.
bool namespaces(Interpreter& interpreter, Value& globals, Value& locals, Ref& caller_locals) {
  const Value none = interpreter.none();
  if (globals.is_null() || globals == none) {
    if (interpreter.frames.empty())
      return interpreter.set_exception(interpreter.SystemError_type, "globals and locals cannot be NULL"), false;
    globals = interpreter.frames.back().globals;
    if (locals.is_null() || locals == none) {
      caller_locals = runtime::frame_locals(interpreter);
      if (!caller_locals) return false;
      locals = caller_locals.get();
    }
  } else if (locals.is_null() || locals == none) {
    locals = globals;
  }
  const Value builtins_name = interpreter.intern("__builtins__");
  if (runtime::dict_get_str(globals, builtins_name).is_null())
    runtime::dict_set_str(interpreter, globals, builtins_name, interpreter.builtins());
  return true;
}

bool is_mapping(Interpreter& interpreter, Value value) { return runtime::type_of(interpreter, value)->subscript != nullptr; }

// The code object to run: `source` itself (without free variables), or
// source text compiled in `mode`.
Ref code_of(Interpreter& interpreter, Value source, const char* function, parser::Mode mode) {
  if (is_code(interpreter, source)) {
    if (!compiler::as_code(source)->free_names.empty())
      return interpreter.raise(interpreter.TypeError_type,
                               std::string("code object passed to ") + function + "() may not contain free variables");
    return Ref::borrow(source);
  }
  std::string_view text;
  tokenizer::SourceOrigin origin;
  if (!source_text(interpreter, source, text, origin))
    return interpreter.raise(interpreter.TypeError_type,
                             std::string(function) + "() arg 1 must be a string, bytes or code object");
  // eval() ignores the spaces and tabs that begin a str.
  if (mode == parser::Mode::Eval)
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  return compile_text(interpreter, text, origin, "<string>", mode, -1, caller_future_features(interpreter));
}

// eval(source, globals=None, locals=None, /)
Ref builtin_eval(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "eval", kwnames) ||
      !runtime::check_positional(interpreter, "eval", count, 1, 3))
    return Ref();
  Value globals = count > 1 ? arguments[1] : Value(), locals = count > 2 ? arguments[2] : Value();
  const Value none = interpreter.none();
  if (!locals.is_null() && locals != none && !is_mapping(interpreter, locals))
    return interpreter.raise(interpreter.TypeError_type, "locals must be a mapping");
  if (!globals.is_null() && globals != none && !runtime::is_dict(interpreter, globals))
    return interpreter.raise(interpreter.TypeError_type, is_mapping(interpreter, globals)
                                                             ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                                             : "globals must be a dict");
  Ref caller_locals;
  if (!namespaces(interpreter, globals, locals, caller_locals)) return Ref();
  Ref code = code_of(interpreter, arguments[0], "eval", parser::Mode::Eval);
  if (!code) return Ref();
  return run_code(interpreter, code.get(), globals, locals);
}

// exec(source, globals=None, locals=None, /, *, closure=None)
Ref builtin_exec(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[4];
  if (!runtime::bind_arguments(interpreter, {"exec", {"source", "globals", "locals", "closure"}, 3, 1, 1}, arguments,
                               count, kwnames, bound))
    return Ref();
  Value globals = bound[1], locals = bound[2];
  const Value none = interpreter.none();
  if (!globals.is_null() && globals != none && !runtime::is_dict(interpreter, globals))
    return interpreter.raise(interpreter.TypeError_type,
                             "exec() globals must be a dict, not " + std::string(runtime::type_name(interpreter, globals)));
  if (!locals.is_null() && locals != none && !is_mapping(interpreter, locals))
    return interpreter.raise(interpreter.TypeError_type, "locals must be a mapping or None, not " +
                                                             std::string(runtime::type_name(interpreter, locals)));
  Ref caller_locals;
  if (!namespaces(interpreter, globals, locals, caller_locals)) return Ref();
  const Value closure = bound[3].is_null() || bound[3] == none ? Value() : bound[3];
  if (!closure.is_null()) {
    if (!is_code(interpreter, bound[0]))
      return interpreter.raise(interpreter.TypeError_type, "closure can only be used when source is a code object");
    return interpreter.raise(interpreter.NotImplementedError_type, "exec(): closure is not supported by Krait");
  }
  Ref code = code_of(interpreter, bound[0], "exec", parser::Mode::Exec);
  if (!code) return Ref();
  Ref result = run_code(interpreter, code.get(), globals, locals);
  if (!result) return Ref();
  return interpreter.new_none();
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1,
// *, _feature_version=-1). Of the future features in flags (or inherited
// from the caller unless dont_inherit) only annotations changes Krait's code.
Ref builtin_compile(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[7];
  if (!runtime::bind_arguments(interpreter,
                               {"compile",
                                {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
                                0, 1, 3},
                               arguments, count, kwnames, bound))
    return Ref();
  std::string filename;
  if (runtime::is_str(interpreter, bound[1])) {
    filename = runtime::str_utf8(bound[1]);
  } else if (std::string_view bytes; runtime::type_of(interpreter, bound[1]) == interpreter.bytes_type &&
                                     runtime::byte_view(interpreter, bound[1], bytes)) {
    filename = bytes;
  } else {
    return interpreter.raise(interpreter.TypeError_type, "expected str, bytes or os.PathLike object, not " +
                                                             std::string(runtime::type_name(interpreter, bound[1])));
  }
  if (!runtime::is_str(interpreter, bound[2]))
    return interpreter.raise(interpreter.TypeError_type, "compile() argument 'mode' must be str, not " +
                                                             runtime::argument_type_name(interpreter, bound[2]));
  int flags = 0, optimize = -1;
  if (!bound[3].is_null() && !runtime::index_to_c_int(interpreter, bound[3], flags)) return Ref();
  const int dont_inherit = bound[4].is_null() ? 0 : runtime::truth(interpreter, bound[4]);
  if (dont_inherit < 0) return Ref();
  if (!bound[5].is_null() && !runtime::index_to_c_int(interpreter, bound[5], optimize)) return Ref();
  if (flags & ~accepted_flags) return interpreter.raise(interpreter.ValueError_type, "compile(): unrecognised flags");
  if (optimize < -1 || optimize > 2)
    return interpreter.raise(interpreter.ValueError_type, "compile(): invalid optimize value");
  std::uint32_t future_features = dont_inherit ? 0 : caller_future_features(interpreter);
  if (flags & future_annotations_flag) future_features |= compiler::future_feature::annotations;
  const std::string_view mode_name = runtime::str_utf8(bound[2]);
  parser::Mode mode;
  if (mode_name == "exec") {
    mode = parser::Mode::Exec;
  } else if (mode_name == "eval") {
    mode = parser::Mode::Eval;
  } else if (mode_name == "single") {
    mode = parser::Mode::Single;
  } else if (mode_name == "func_type") {
    if (!(flags & only_ast_flag))
      return interpreter.raise(interpreter.ValueError_type, "compile() mode 'func_type' requires flag PyCF_ONLY_AST");
    mode = parser::Mode::FuncType;
  } else {
    return interpreter.raise(interpreter.ValueError_type, "compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (modules::is_ast_object(interpreter, bound[0])) {
    if (flags & only_ast_flag) return Ref::borrow(bound[0]);
    return compile_objects(interpreter, bound[0], filename, mode, optimize, future_features);
  }
  std::string_view text;
  tokenizer::SourceOrigin origin;
  if (!source_text(interpreter, bound[0], text, origin))
    return interpreter.raise(interpreter.TypeError_type, "compile() arg 1 must be a string, bytes or AST object");
  if (flags & only_ast_flag) return parse_to_objects(interpreter, text, origin, filename, mode, flags);
  return compile_text(interpreter, text, origin, filename, mode, optimize, future_features, flags);
}

}  // namespace

bool print_expression(Interpreter& interpreter, Value value) {
  const Value sys = runtime::dict_get_str(interpreter.modules.get(), interpreter.intern("sys"));
  Ref hook;
  const int found = sys.is_null() ? 0 : runtime::lookup_attribute(interpreter, sys, interpreter.intern("displayhook"), hook);
  if (found < 0) return false;
  if (!found) return interpreter.set_exception(interpreter.RuntimeError_type, "lost sys.displayhook"), false;
  return static_cast<bool>(runtime::call(interpreter, hook.get(), &value, 1));
}

void install_eval(Interpreter& interpreter) {
  for (auto [name, function] : {std::pair{"compile", &builtin_compile}, std::pair{"eval", &builtin_eval},
                                std::pair{"exec", &builtin_exec}}) {
    Ref builtin = runtime::new_builtin_function(interpreter, name, function);
    runtime::dict_set_str(interpreter, interpreter.builtins(), interpreter.intern(name), builtin.get());
  }
}

}  // namespace krait::vm

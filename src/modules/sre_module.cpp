// Native modules: _sre, the regular-expression engine under CPython's pure
// Python `re` package (Modules/_sre/sre.c). re/_parser.py parses a pattern,
// re/_compiler.py turns it into code words and calls _sre.compile, which
// makes the re.Pattern whose methods run the engine (modules/sre/).
#include <string>
#include <vector>

#include "modules/sre/sre_objects.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// A code word from re/_compiler.py's list: an int that fits 32 bits.
bool code_word(Interpreter& interpreter, Value item, sre::Code& out) {
  std::int64_t value = 0;
  if (item.is_small_int()) {
    value = item.as_small_int();
  } else if (!runtime::is_int(interpreter, item)) {
    return static_cast<bool>(interpreter.raise(interpreter.TypeError_type, "an integer is required"));
  } else if (!runtime::int_to_int64(interpreter, item, value)) {
    value = runtime::int_sign(interpreter, item) < 0 ? -1 : INT64_MAX;
  }
  if (value < 0)
    return static_cast<bool>(interpreter.raise(interpreter.OverflowError_type, "can't convert negative value to unsigned int"));
  if (value > 0xFFFFFFFF)
    return static_cast<bool>(interpreter.raise(interpreter.OverflowError_type, "regular expression code size limit exceeded"));
  out = static_cast<sre::Code>(value);
  return true;
}

// An argument the clinic declares with subclass_of: TypeError "compile()
// argument 'code' must be list, not tuple" otherwise.
bool check_argument_type(Interpreter& interpreter, Value value, runtime::Type* type, const char* name,
                         const char* expected) {
  if (runtime::is_subtype(runtime::type_of(interpreter, value), type)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string("compile() argument '") + name + "' must be " +
                                                            expected + ", not " +
                                                            runtime::argument_type_name(interpreter, value));
  return false;
}

// _sre.compile(pattern, flags, code, groups, groupindex, indexgroup).
Ref sre_compile(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[6];
  if (!runtime::bind_arguments(interpreter,
                               {"compile", {"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 0, 0, 6},
                               arguments, count, kwnames, bound))
    return Ref();
  int flags = 0;
  std::int64_t groups = 0;
  if (!runtime::index_to_c_int(interpreter, bound[1], flags) ||
      !check_argument_type(interpreter, bound[2], interpreter.list_type, "code", "list") ||
      !runtime::index_argument(interpreter, bound[3], groups) ||
      !check_argument_type(interpreter, bound[4], interpreter.dict_type, "groupindex", "dict") ||
      !check_argument_type(interpreter, bound[5], interpreter.tuple_type, "indexgroup", "tuple"))
    return Ref();
  auto* pattern = new sre::PatternObject;
  pattern->type = interpreter.sre.pattern;
  Ref result = Ref::steal(Value::object(pattern));
  const runtime::ListObject* code = runtime::as_list(bound[2]);
  std::vector<sre::Code> words(code->items.size());
  for (std::size_t i = 0; i < words.size(); ++i)
    if (!code_word(interpreter, code->items[i], words[i])) return Ref();
  const Value source = bound[0];
  if (source == interpreter.none()) {
    pattern->isbytes = -1;
  } else {
    sre::Subject subject;
    if (!sre::subject_of(interpreter, source, subject)) return Ref();
    pattern->isbytes = subject.isbytes ? 1 : 0;
  }
  if (!sre::prepare(pattern->program, std::move(words)))
    return interpreter.raise(interpreter.RuntimeError_type, "invalid SRE code");
  pattern->pattern = Ref::borrow(source);
  pattern->flags = flags;
  pattern->groups = groups;
  if (runtime::as_dict(bound[4])->used > 0) {
    pattern->groupindex = Ref::borrow(bound[4]);
    if (runtime::as_tuple(bound[5])->size > 0) pattern->indexgroup = Ref::borrow(bound[5]);
  }
  return result;
}

Ref sre_getcodesize(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getcodesize", count, kwnames)) return Ref();
  return Ref::small_int(sizeof(sre::Code));
}

// The one character argument of the case functions (a C int).
bool character_argument(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                        Value kwnames, sre::Code& out) {
  int character = 0;
  if (!runtime::check_one_argument(interpreter, function, count, kwnames) ||
      !runtime::index_to_c_int(interpreter, arguments[0], character))
    return false;
  out = static_cast<sre::Code>(character);
  return true;
}

Ref sre_ascii_iscased(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  sre::Code c = 0;
  if (!character_argument(interpreter, "ascii_iscased", arguments, count, kwnames, c)) return Ref();
  return interpreter.new_boolean(c < 128 && (c | 0x20) - 'a' < 26u);
}

Ref sre_unicode_iscased(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  sre::Code c = 0;
  if (!character_argument(interpreter, "unicode_iscased", arguments, count, kwnames, c)) return Ref();
  return interpreter.new_boolean(c != sre::lower_unicode(c) || c != sre::upper_unicode(c));
}

Ref sre_ascii_tolower(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  sre::Code c = 0;
  if (!character_argument(interpreter, "ascii_tolower", arguments, count, kwnames, c)) return Ref();
  return runtime::new_int(interpreter, static_cast<int>(sre::lower_ascii(c)));
}

Ref sre_unicode_tolower(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  sre::Code c = 0;
  if (!character_argument(interpreter, "unicode_tolower", arguments, count, kwnames, c)) return Ref();
  return runtime::new_int(interpreter, static_cast<int>(sre::lower_unicode(c)));
}

}  // namespace

Ref create_sre_module(Interpreter& interpreter) {
  if (!interpreter.sre.pattern) {
    interpreter.sre.pattern = sre::new_pattern_type(interpreter);
    interpreter.sre.match = sre::new_match_type(interpreter);
    interpreter.sre.scanner = sre::new_scanner_type(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_sre");
  const Value sre = module.get();
  runtime::add_module_functions(interpreter, sre,
                                {{"compile", &sre_compile},
                                 {"getcodesize", &sre_getcodesize},
                                 {"ascii_iscased", &sre_ascii_iscased},
                                 {"unicode_iscased", &sre_unicode_iscased},
                                 {"ascii_tolower", &sre_ascii_tolower},
                                 {"unicode_tolower", &sre_unicode_tolower}});
  const std::pair<const char*, std::int64_t> constants[] = {{"MAGIC", sre::magic},
                                                            {"CODESIZE", sizeof(sre::Code)},
                                                            {"MAXREPEAT", sre::max_repeat},
                                                            {"MAXGROUPS", sre::max_groups}};
  for (const auto& [name, value] : constants) {
    Ref number = runtime::new_int(interpreter, value);
    runtime::module_set(interpreter, sre, name, number.get());
  }
  Ref copyright = runtime::new_str(interpreter, " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
  runtime::module_set(interpreter, sre, "copyright", copyright.get());
  return module;
}

}  // namespace krait::modules

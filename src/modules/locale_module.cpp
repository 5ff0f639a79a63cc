// Native modules: _locale (CPython's Modules/_localemodule.c), what the
// locale module builds on: setlocale, localeconv, nl_langinfo, strcoll,
// strxfrm, getencoding, the gettext family, and the LC_* and langinfo
// constants. CPython sets LC_CTYPE from the environment while it starts
// (coercing the C locale to C.UTF-8, PEP 538); Krait does the same when
// _locale is first imported, the first code that can tell the difference.
#include <langinfo.h>
#include <libintl.h>
#include <locale.h>

#include <climits>
#include <cstring>
#include <cwchar>
#include <string>
#include <string_view>

#include "modules/os_arguments.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// locale.Error, from the module the function is bound to.
Ref raise_locale_error(Interpreter& interpreter, Value module, const char* message) {
  const Value error = runtime::dict_get_str(runtime::module_dict(module), interpreter.intern("Error"));
  return interpreter.raise(error.is_null() ? interpreter.Exception_type : static_cast<runtime::Type*>(error.as_object()),
                           message);
}

// Text from the C library (in the locale's encoding: UTF-8 or ASCII here).
Ref locale_text(Interpreter& interpreter, const char* text) { return decode_path(interpreter, text ? text : "", false); }

std::string argument_words(int position) {
  return position == 0 ? "argument" : "argument " + std::to_string(position);
}

// A str argument "must be str[ or None]" in argument clinic's words;
// position 0 for a function's only argument ("argument must be ...").
bool text_argument(Interpreter& interpreter, const char* function, int position, Value value, bool none_allowed,
                   std::string& out) {
  if (runtime::is_str(interpreter, value)) return encode_path_text(interpreter, value, out);
  interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() " + argument_words(position) +
                                                            " must be str" + (none_allowed ? " or None" : "") +
                                                            ", not " + runtime::argument_type_name(interpreter, value));
  return false;
}

// setlocale(category, locale=None, /): the setting, after changing it when
// `locale` is given.
Ref locale_setlocale(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count, Value kwnames) {
  int category = 0;
  if (!runtime::reject_keywords(interpreter, "setlocale", kwnames) ||
      !runtime::check_argument_count(interpreter, "setlocale", count, 1, 2) ||
      !runtime::int_argument(interpreter, arguments[0], category))
    return Ref();
  if (count == 1 || arguments[1] == interpreter.none()) {
    const char* current = setlocale(category, nullptr);
    if (!current) return raise_locale_error(interpreter, module, "locale query failed");
    return locale_text(interpreter, current);
  }
  std::string name;
  if (!text_argument(interpreter, "setlocale", 2, arguments[1], true, name)) return Ref();
  const char* result = setlocale(category, name.c_str());
  if (!result) return raise_locale_error(interpreter, module, "unsupported locale setting");
  return locale_text(interpreter, result);
}

// A grouping string as a list of ints, with its terminating 0 or CHAR_MAX
// (CPython's copy_grouping); empty for "".
Ref grouping_list(Interpreter& interpreter, const char* grouping) {
  Ref list = runtime::new_list(interpreter, {});
  if (!grouping || grouping[0] == '\0') return list;
  for (std::size_t i = 0;; ++i) {
    runtime::list_append(list.get(), Value::small_int(grouping[i]));
    if (grouping[i] == '\0' || grouping[i] == CHAR_MAX) break;
  }
  return list;
}

Ref locale_localeconv(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "localeconv", count, kwnames)) return Ref();
  const lconv* conventions = localeconv();
  Ref result = runtime::new_dict(interpreter);
  const Value dict = result.get();
  auto set = [&](const char* key, Ref value) {
    if (!value) return false;
    runtime::dict_set_str(interpreter, dict, interpreter.intern(key), value.get());
    return true;
  };
  const std::pair<const char*, const char*> texts[] = {
      {"int_curr_symbol", conventions->int_curr_symbol}, {"currency_symbol", conventions->currency_symbol},
      {"mon_decimal_point", conventions->mon_decimal_point}, {"mon_thousands_sep", conventions->mon_thousands_sep}};
  for (const auto& [key, text] : texts)
    if (!set(key, locale_text(interpreter, text))) return Ref();
  set("mon_grouping", grouping_list(interpreter, conventions->mon_grouping));
  const std::pair<const char*, const char*> signs[] = {{"positive_sign", conventions->positive_sign},
                                                       {"negative_sign", conventions->negative_sign}};
  for (const auto& [key, text] : signs)
    if (!set(key, locale_text(interpreter, text))) return Ref();
  const std::pair<const char*, char> numbers[] = {
      {"int_frac_digits", conventions->int_frac_digits}, {"frac_digits", conventions->frac_digits},
      {"p_cs_precedes", conventions->p_cs_precedes},     {"p_sep_by_space", conventions->p_sep_by_space},
      {"n_cs_precedes", conventions->n_cs_precedes},     {"n_sep_by_space", conventions->n_sep_by_space},
      {"p_sign_posn", conventions->p_sign_posn},         {"n_sign_posn", conventions->n_sign_posn}};
  for (const auto& [key, number] : numbers) set(key, Ref::small_int(number));
  const std::pair<const char*, const char*> numeric[] = {{"decimal_point", conventions->decimal_point},
                                                         {"thousands_sep", conventions->thousands_sep}};
  for (const auto& [key, text] : numeric)
    if (!set(key, locale_text(interpreter, text))) return Ref();
  set("grouping", grouping_list(interpreter, conventions->grouping));
  return result;
}

// The langinfo constants nl_langinfo accepts, by their Python names.
#define KRAIT_LANGINFO_CONSTANTS(K)                                                                                   \
  K(DAY_1) K(DAY_2) K(DAY_3) K(DAY_4) K(DAY_5) K(DAY_6) K(DAY_7) K(ABDAY_1) K(ABDAY_2) K(ABDAY_3) K(ABDAY_4)         \
  K(ABDAY_5) K(ABDAY_6) K(ABDAY_7) K(MON_1) K(MON_2) K(MON_3) K(MON_4) K(MON_5) K(MON_6) K(MON_7) K(MON_8) K(MON_9) \
  K(MON_10) K(MON_11) K(MON_12) K(ABMON_1) K(ABMON_2) K(ABMON_3) K(ABMON_4) K(ABMON_5) K(ABMON_6) K(ABMON_7)        \
  K(ABMON_8) K(ABMON_9) K(ABMON_10) K(ABMON_11) K(ABMON_12) K(RADIXCHAR) K(THOUSEP) K(CRNCYSTR) K(D_T_FMT)         \
  K(D_FMT) K(T_FMT) K(AM_STR) K(PM_STR) K(CODESET) K(T_FMT_AMPM) K(ERA) K(ERA_D_FMT) K(ERA_D_T_FMT) K(ERA_T_FMT)    \
  K(ALT_DIGITS) K(YESEXPR) K(NOEXPR) K(_DATE_FMT)

#define K(name) {#name, static_cast<long>(name)},
constexpr IntConstant langinfo_constants[] = {KRAIT_LANGINFO_CONSTANTS(K)};
#undef K

constexpr IntConstant category_constants[] = {
    {"LC_CTYPE", LC_CTYPE},     {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME}, {"LC_MONETARY", LC_MONETARY},
    {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},         {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
};

// nl_langinfo(key, /)
Ref locale_nl_langinfo(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  int key = 0;
  if (!runtime::check_one_argument(interpreter, "nl_langinfo", count, kwnames) ||
      !runtime::int_argument(interpreter, arguments[0], key))
    return Ref();
  for (const IntConstant& constant : langinfo_constants)
    if (constant.value == key) return locale_text(interpreter, nl_langinfo(static_cast<nl_item>(key)));
  return interpreter.raise(interpreter.ValueError_type, "unsupported langinfo constant");
}

// A str as the wide string wcscoll and wcsxfrm take.
bool wide_argument(Interpreter& interpreter, const char* function, int position, Value value, std::wstring& out) {
  if (!runtime::is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() " + argument_words(position) +
                                                              " must be str, not " +
                                                              runtime::argument_type_name(interpreter, value));
    return false;
  }
  const std::string_view text = runtime::str_utf8(value);
  for (std::size_t position_in_text = 0; position_in_text < text.size();) {
    const int code_point = unicode::decode_utf8(text, position_in_text);
    if (code_point == 0) {
      interpreter.set_exception(interpreter.ValueError_type, "embedded null character");
      return false;
    }
    out.push_back(static_cast<wchar_t>(code_point));
  }
  return true;
}

// strcoll(os1, os2, /)
Ref locale_strcoll(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::wstring first, second;
  if (!runtime::reject_keywords(interpreter, "strcoll", kwnames) ||
      !runtime::check_argument_count(interpreter, "strcoll", count, 2, 2) ||
      !wide_argument(interpreter, "strcoll", 1, arguments[0], first) ||
      !wide_argument(interpreter, "strcoll", 2, arguments[1], second))
    return Ref();
  return runtime::new_int(interpreter, wcscoll(first.c_str(), second.c_str()));
}

// strxfrm(string, /)
Ref locale_strxfrm(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::wstring text;
  if (!runtime::check_one_argument(interpreter, "strxfrm", count, kwnames) ||
      !wide_argument(interpreter, "strxfrm", 0, arguments[0], text))
    return Ref();
  std::wstring transformed(wcsxfrm(nullptr, text.c_str(), 0) + 1, L'\0');
  transformed.resize(wcsxfrm(transformed.data(), text.c_str(), transformed.size()));
  std::string utf8;
  for (const wchar_t character : transformed) unicode::append_utf8(utf8, static_cast<char32_t>(character));
  return runtime::new_str(interpreter, utf8);
}

// getencoding(): the locale's encoding (CPython's _Py_GetLocaleEncoding).
Ref locale_getencoding(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "getencoding", count, kwnames)) return Ref();
  const char* codeset = nl_langinfo(CODESET);
  return locale_text(interpreter, codeset && codeset[0] ? codeset : "utf-8");
}

// A domain argument of the gettext family: str or None (nullptr).
bool domain_argument(Interpreter& interpreter, const char* function, int position, Value value, std::string& out,
                     const char*& pointer) {
  pointer = nullptr;
  if (value == interpreter.none()) return true;
  if (!text_argument(interpreter, function, position, value, true, out)) return false;
  pointer = out.c_str();
  return true;
}

// gettext(msg, /), dgettext(domain, msg, /), dcgettext(domain, msg, category, /)
template <int arity>
Ref locale_gettext(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = arity == 1 ? "gettext" : arity == 2 ? "dgettext" : "dcgettext";
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, arity, arity))
    return Ref();
  std::string domain, message;
  const char* domain_pointer = nullptr;
  int category = LC_MESSAGES;
  if ((arity > 1 && !domain_argument(interpreter, name, 1, arguments[0], domain, domain_pointer)) ||
      !text_argument(interpreter, name, arity == 1 ? 0 : 2, arguments[arity == 1 ? 0 : 1], false, message) ||
      (arity == 3 && !runtime::int_argument(interpreter, arguments[2], category)))
    return Ref();
  const char* translated = arity == 1 ? gettext(message.c_str()) : dcgettext(domain_pointer, message.c_str(), category);
  return locale_text(interpreter, translated);
}

// textdomain(domain, /)
Ref locale_textdomain(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  std::string domain;
  const char* pointer = nullptr;
  if (!runtime::check_one_argument(interpreter, "textdomain", count, kwnames) ||
      !domain_argument(interpreter, "textdomain", 0, arguments[0], domain, pointer))
    return Ref();
  const char* result = textdomain(pointer);
  if (!result) return errno_error(interpreter);
  return locale_text(interpreter, result);
}

// bindtextdomain(domain, dir, /) and bind_textdomain_codeset(domain, codeset, /):
// the setting, or None when there is none.
template <bool codeset>
Ref locale_bind(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = codeset ? "bind_textdomain_codeset" : "bindtextdomain";
  std::string domain, setting;
  const char* setting_pointer = nullptr;
  if (!runtime::reject_keywords(interpreter, name, kwnames) ||
      !runtime::check_argument_count(interpreter, name, count, 2, 2) ||
      !text_argument(interpreter, name, 1, arguments[0], false, domain))
    return Ref();
  if (!codeset && arguments[1] != interpreter.none()) {
    if (!filesystem_bytes(interpreter, arguments[1], setting)) return Ref();
    setting_pointer = setting.c_str();
  } else if (codeset && !domain_argument(interpreter, name, 2, arguments[1], setting, setting_pointer)) {
    return Ref();
  }
  if (!codeset && domain.empty()) return raise_locale_error(interpreter, module, "domain must be a non-empty string");
  errno = 0;
  const char* result = codeset ? bind_textdomain_codeset(domain.c_str(), setting_pointer)
                               : bindtextdomain(domain.c_str(), setting_pointer);
  if (!result) {
    if (errno != 0) return errno_error(interpreter);
    return interpreter.new_none();
  }
  return locale_text(interpreter, result);
}

}  // namespace

Ref create_locale_module(Interpreter& interpreter) {
  // Still the C library's initial "C": CPython's start-up setting is due.
  const char* initial = setlocale(LC_CTYPE, nullptr);
  if (initial && std::strcmp(initial, "C") == 0) {
    const char* ctype = setlocale(LC_CTYPE, "");
    if (!ctype || std::strcmp(ctype, "C") == 0 || std::strcmp(ctype, "POSIX") == 0) setlocale(LC_CTYPE, "C.UTF-8");
  }
  Ref module = runtime::new_module(interpreter, "_locale");
  const Value locale_module = module.get();
  runtime::add_module_functions(interpreter, locale_module,
                                {{"setlocale", &locale_setlocale},
                                 {"localeconv", &locale_localeconv},
                                 {"nl_langinfo", &locale_nl_langinfo},
                                 {"strcoll", &locale_strcoll},
                                 {"strxfrm", &locale_strxfrm},
                                 {"getencoding", &locale_getencoding},
                                 {"gettext", &locale_gettext<1>},
                                 {"dgettext", &locale_gettext<2>},
                                 {"dcgettext", &locale_gettext<3>},
                                 {"textdomain", &locale_textdomain},
                                 {"bindtextdomain", &locale_bind<false>},
                                 {"bind_textdomain_codeset", &locale_bind<true>}});
  Ref error = new_exception_class(interpreter, "locale", "Error", interpreter.Exception_type);
  if (!error) return Ref();
  runtime::module_set(interpreter, locale_module, "Error", error.get());
  add_int_constants(interpreter, locale_module, langinfo_constants);
  add_int_constants(interpreter, locale_module, category_constants);
  return module;
}

}  // namespace krait::modules

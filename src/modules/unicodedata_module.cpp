// Native modules: unicodedata (CPython's Modules/unicodedata.c), the
// Unicode character database as CPython 3.11 ships it, version 14.0, and
// ucd_3_2_0, the same queries answered for Unicode 3.2 (what the IDNA codec
// and stringprep need). The properties come from utf8proc and ICU, which may
// know a later Unicode: characters assigned after 14.0 (or 3.2) answer as
// unassigned ones, by their ICU age.
#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "modules/unicodedata_3_2_0.h"
#include "objects/bytes_methods.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/icu_library.h"
#include "support/unicode.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// The ucd_3_2_0 object; the module's functions answer for Unicode 14.0.
struct UcdObject : runtime::Object {};

void ucd_deallocate(Interpreter&, runtime::Object* object) { delete static_cast<UcdObject*>(object); }

// A database version, as (major, minor).
struct Version {
  int major, minor;
};
constexpr Version current_version{14, 0};
constexpr Version legacy_version{3, 2};

// Which database a call asks: the module's (14.0) or ucd_3_2_0's.
Version version_of(Interpreter& interpreter, Value self) {
  return runtime::type_of(interpreter, self) == interpreter.unicodedata_ucd_type ? legacy_version : current_version;
}

// Whether the character was assigned in `version` (ICU's age; 0.0 for
// unassigned code points).
bool assigned_in(char32_t c, Version version) {
  const icu::Library& library = icu::library();
  if (!library.loaded) return c < 0x80;
  UVersionInfo age;
  library.char_age(static_cast<UChar32>(c), age);
  if (age[0] == 0 && age[1] == 0) return false;
  return age[0] < version.major || (age[0] == version.major && age[1] <= version.minor);
}

bool is_legacy(Version version) { return version.major == legacy_version.major; }

// How Unicode 3.2 differs for the character, when asked for 3.2 and it does.
const unicode_3_2::Change* change_in(Version version, char32_t c) {
  if (!is_legacy(version)) return nullptr;
  const auto* end = std::end(unicode_3_2::changes);
  const auto* found = std::lower_bound(
      std::begin(unicode_3_2::changes), end, c,
      [](const unicode_3_2::Change& change, char32_t code_point) { return change.code_point < code_point; });
  return found != end && found->code_point == c ? found : nullptr;
}

int icu_property(char32_t c, UProperty property) {
  const icu::Library& library = icu::library();
  return library.loaded ? library.int_property_value(static_cast<UChar32>(c), property) : 0;
}

// The one character argument of f(chr, ...): TypeError "category()
// argument must be a unicode character, not str" otherwise.
bool character_argument(Interpreter& interpreter, const char* function, Value value, char32_t& out) {
  if (!runtime::is_str(interpreter, value) || runtime::as_str(value)->length != 1) {
    interpreter.set_exception(interpreter.TypeError_type, std::string(function) +
                                                              "() argument must be a unicode character, not " +
                                                              runtime::type_of(interpreter, value)->name);
    return false;
  }
  out = runtime::as_str(value)->at(0);
  return true;
}

// f(chr, /) named "unicodedata.f" in count errors.
bool one_character(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                   Value kwnames, char32_t& out) {
  return runtime::check_one_argument(interpreter, std::string("unicodedata.") + function, count, kwnames) &&
         character_argument(interpreter, function, arguments[0], out);
}

Ref unicodedata_category(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "category", arguments, count, kwnames, c)) return Ref();
  const Version version = version_of(interpreter, self);
  const unicode_3_2::Change* change = change_in(version, c);
  if (change && change->category) return runtime::new_str(interpreter, change->category);
  const char* name = assigned_in(c, version) ? utf8proc_category_string(static_cast<utf8proc_int32_t>(c)) : "Cn";
  return runtime::new_str(interpreter, name);
}

// utf8proc's bidirectional classes, in its enum's order (from 1).
constexpr const char* bidi_class_names[] = {"",    "L",  "LRE", "LRO", "R",   "AL",  "RLE", "RLO",
                                            "PDF", "EN", "ES",  "ET",  "AN",  "CS",  "NSM", "BN",
                                            "B",   "S",  "WS",  "ON",  "LRI", "RLI", "FSI", "PDI"};

Ref unicodedata_bidirectional(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                              Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "bidirectional", arguments, count, kwnames, c)) return Ref();
  const Version version = version_of(interpreter, self);
  const unicode_3_2::Change* change = change_in(version, c);
  if (change && change->bidirectional) return runtime::new_str(interpreter, change->bidirectional);
  if (!assigned_in(c, version)) return runtime::new_str(interpreter, "");
  const unsigned bidi = utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->bidi_class;
  return runtime::new_str(interpreter, bidi < std::size(bidi_class_names) ? bidi_class_names[bidi] : "");
}

Ref unicodedata_combining(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "combining", arguments, count, kwnames, c)) return Ref();
  if (!assigned_in(c, version_of(interpreter, self))) return Ref::small_int(0);
  return Ref::small_int(utf8proc_get_property(static_cast<utf8proc_int32_t>(c))->combining_class);
}

Ref unicodedata_mirrored(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "mirrored", arguments, count, kwnames, c)) return Ref();
  const Version version = version_of(interpreter, self);
  const unicode_3_2::Change* change = change_in(version, c);
  if (change && change->mirrored >= 0) return Ref::small_int(change->mirrored);
  if (!assigned_in(c, version)) return Ref::small_int(0);
  return Ref::small_int(icu::library().has_binary_property(static_cast<UChar32>(c), UCHAR_BIDI_MIRRORED) ? 1 : 0);
}

Ref unicodedata_east_asian_width(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                                 Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "east_asian_width", arguments, count, kwnames, c)) return Ref();
  const Version version = version_of(interpreter, self);
  const unicode_3_2::Change* change = change_in(version, c);
  if (change && change->east_asian_width) return runtime::new_str(interpreter, change->east_asian_width);
  // CPython's record for code points it does not know (noncharacters
  // included) says 'F'.
  if (!assigned_in(c, version) || utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_CN)
    return runtime::new_str(interpreter, "F");
  // ICU's UEastAsianWidth order: neutral, ambiguous, halfwidth, fullwidth,
  // narrow, wide.
  static constexpr const char* names[] = {"N", "A", "H", "F", "Na", "W"};
  const int width = icu_property(c, UCHAR_EAST_ASIAN_WIDTH);
  return runtime::new_str(interpreter, width >= 0 && width < 6 ? names[width] : "N");
}

// The tags of UnicodeData's compatibility decompositions, by ICU's
// UDecompositionType (canonical ones have none).
constexpr const char* decomposition_tags[] = {
    "",         "",         "<compat>",  "<circle>", "<final>",  "<font>", "<fraction>", "<initial>",  "<isolated>",
    "<medial>", "<narrow>", "<noBreak>", "<small>",  "<square>", "<sub>",  "<super>",    "<vertical>", "<wide>"};

Ref unicodedata_decomposition(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                              Value kwnames) {
  char32_t c = 0;
  if (!one_character(interpreter, "decomposition", arguments, count, kwnames, c)) return Ref();
  const icu::Library& library = icu::library();
  // Hangul syllables decompose by rule: UnicodeData lists no mapping.
  const bool hangul_syllable = c >= 0xAC00 && c <= 0xD7A3;
  if (!library.loaded || hangul_syllable || !assigned_in(c, version_of(interpreter, self)))
    return runtime::new_str(interpreter, "");
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2* normalizer = library.nfkd_instance(&status);
  UChar buffer[32];
  const int32_t length =
      U_SUCCESS(status) ? library.raw_decomposition(normalizer, static_cast<UChar32>(c), buffer, 32, &status) : -1;
  if (length < 0 || U_FAILURE(status)) return runtime::new_str(interpreter, "");
  const int type = icu_property(c, UCHAR_DECOMPOSITION_TYPE);
  std::string text =
      type >= 0 && type < static_cast<int>(std::size(decomposition_tags)) ? decomposition_tags[type] : "";
  for (int32_t i = 0; i < length;) {
    // UTF-16 to code points.
    char32_t unit = buffer[i++];
    if (unit >= 0xD800 && unit < 0xDC00 && i < length)
      unit = 0x10000 + ((unit - 0xD800) << 10) + (buffer[i++] - 0xDC00);
    char hex[16];
    std::snprintf(hex, sizeof hex, "%04X", static_cast<unsigned>(unit));
    if (!text.empty()) text += ' ';
    text += hex;
  }
  return runtime::new_str(interpreter, text);
}

// The numeric value ICU knows (Unihan numbers included), by numeric type:
// what decimal(), digit() and numeric() accept.
enum class NumericKind { decimal, digit, numeric };

Ref numeric_query(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames,
                  const char* function, NumericKind kind, const char* error) {
  if (!runtime::reject_keywords(interpreter, std::string("unicodedata.") + function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 1, 2))
    return Ref();
  char32_t c = 0;
  if (!character_argument(interpreter, function, arguments[0], c)) return Ref();
  // ucd_3_2_0.digit() answers from the current database, as CPython's.
  const bool known = assigned_in(c, kind == NumericKind::digit ? current_version : version_of(interpreter, self));
  const int type = known ? icu_property(c, UCHAR_NUMERIC_TYPE) : U_NT_NONE;
  bool accepted = kind == NumericKind::decimal ? type == U_NT_DECIMAL
                  : kind == NumericKind::digit ? type == U_NT_DECIMAL || type == U_NT_DIGIT
                                               : type != U_NT_NONE;
  const unicode_3_2::Change* change =
      kind == NumericKind::decimal ? change_in(version_of(interpreter, self), c) : nullptr;
  if (change && change->decimal != -2) {
    accepted = change->decimal >= 0;
  }
  if (!accepted) {
    if (count == 2) return Ref::borrow(arguments[1]);
    return interpreter.raise(interpreter.ValueError_type, error);
  }
  if (change && change->decimal >= 0) return Ref::small_int(change->decimal);
  const double value = icu::library().numeric_value(static_cast<UChar32>(c));
  if (kind == NumericKind::numeric) return runtime::new_float(interpreter, value);
  return Ref::small_int(static_cast<std::int64_t>(value));
}

Ref unicodedata_decimal(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  return numeric_query(interpreter, self, arguments, count, kwnames, "decimal", NumericKind::decimal, "not a decimal");
}
Ref unicodedata_digit(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return numeric_query(interpreter, self, arguments, count, kwnames, "digit", NumericKind::digit, "not a digit");
}
Ref unicodedata_numeric(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  return numeric_query(interpreter, self, arguments, count, kwnames, "numeric", NumericKind::numeric,
                       "not a numeric character");
}

// name(chr, default=<none>, /).
Ref unicodedata_name(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "unicodedata.name", kwnames) ||
      !runtime::check_argument_count(interpreter, "name", count, 1, 2))
    return Ref();
  char32_t c = 0;
  if (!character_argument(interpreter, "name", arguments[0], c)) return Ref();
  const std::string name = assigned_in(c, version_of(interpreter, self)) ? unicode::character_name(c) : "";
  if (!name.empty()) return runtime::new_str(interpreter, name);
  if (count == 2) return Ref::borrow(arguments[1]);
  return interpreter.raise(interpreter.ValueError_type, "no such name");
}

// lookup(name, /): the character of a name or alias (a str or bytes).
Ref unicodedata_lookup(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "unicodedata.lookup", count, kwnames)) return Ref();
  std::string_view name;
  if (runtime::is_str(interpreter, arguments[0]))
    name = runtime::str_utf8(arguments[0]);
  else if (!runtime::require_byte_view(interpreter, arguments[0], name))
    return Ref();
  if (name.size() > 256) return interpreter.raise(interpreter.KeyError_type, "name too long");
  const int code_point = unicode::code_point_for_name(name);
  const Version version = version_of(interpreter, self);
  // Aliases are not names in the 3.2 database.
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
  const bool found = code_point >= 0 && assigned_in(static_cast<char32_t>(code_point), version) &&
                     (version.major == current_version.major || unicode::character_name(code_point) == upper);
  if (!found) {
    return interpreter.raise(interpreter.KeyError_type, "undefined character name '" + std::string(name) + "'");
  }
  return runtime::new_str_from_code_point(interpreter, static_cast<char32_t>(code_point));
}

// The utf8proc options of a normalization form's name; false for another.
bool normalization_form(Value form, utf8proc_option_t& options) {
  const std::string_view name = runtime::str_utf8(form);
  int flags = UTF8PROC_STABLE;
  if (name == "NFC")
    flags |= UTF8PROC_COMPOSE;
  else if (name == "NFD")
    flags |= UTF8PROC_DECOMPOSE;
  else if (name == "NFKC")
    flags |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
  else if (name == "NFKD")
    flags |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
  else
    return false;
  options = static_cast<utf8proc_option_t>(flags);
  return true;
}

// `text` normalized by utf8proc (lone surrogates, which it rejects, are
// left as they are).
void normalize_run(std::string_view text, utf8proc_option_t options, std::string& out) {
  if (text.empty()) return;
  utf8proc_uint8_t* result = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                               static_cast<utf8proc_ssize_t>(text.size()), &result, options);
  if (length < 0) {
    out += text;
    return;
  }
  out.append(reinterpret_cast<const char*>(result), static_cast<std::size_t>(length));
  std::free(result);
}

// The (form, unistr) arguments of normalize and is_normalized, and the
// normalized text: false with the error pending.
bool normalize_arguments(Interpreter& interpreter, Value self, const char* function, const Value* arguments,
                         std::size_t count, Value kwnames, std::string& normalized) {
  if (!runtime::reject_keywords(interpreter, std::string("unicodedata.") + function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, 2, 2))
    return false;
  for (int i = 0; i < 2; ++i) {
    if (!runtime::is_str(interpreter, arguments[i])) {
      interpreter.set_exception(interpreter.TypeError_type, std::string(function) + "() argument " +
                                                                std::to_string(i + 1) + " must be str, not " +
                                                                runtime::argument_type_name(interpreter, arguments[i]));
      return false;
    }
  }
  utf8proc_option_t options{};
  if (!normalization_form(arguments[0], options)) {
    interpreter.set_exception(interpreter.ValueError_type, "invalid normalization form");
    return false;
  }
  const std::string_view text = runtime::str_utf8(arguments[1]);
  // Every form leaves ASCII as it is.
  if (runtime::as_str(arguments[1])->ascii) {
    normalized.assign(text);
    return true;
  }
  // Characters the database does not know (assigned in a later Unicode)
  // neither decompose nor combine: they split the text into runs
  // normalized apart, and stay as they are.
  const Version version = version_of(interpreter, self);
  std::size_t run_start = 0, position = 0;
  while (position < text.size()) {
    const std::size_t start = position;
    const int c = unicode::decode_utf8(text, position);
    if (c < 0x80) continue;
    // The ideographs whose decomposition 4.0 corrected normalize as 3.2 had them.
    char32_t replacement = 0;
    if (is_legacy(version))
      for (const auto& [from, to] : unicode_3_2::decompositions)
        if (static_cast<char32_t>(c) == from) replacement = to;
    if (!replacement && assigned_in(static_cast<char32_t>(c), version)) continue;
    normalize_run(text.substr(run_start, start - run_start), options, normalized);
    if (replacement)
      unicode::append_utf8(normalized, replacement);
    else
      normalized += text.substr(start, position - start);
    run_start = position;
  }
  normalize_run(text.substr(run_start), options, normalized);
  return true;
}

Ref unicodedata_normalize(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  std::string normalized;
  if (!normalize_arguments(interpreter, self, "normalize", arguments, count, kwnames, normalized)) return Ref();
  // Text already normalized is returned itself, as CPython does.
  if (normalized == runtime::str_utf8(arguments[1])) return Ref::borrow(arguments[1]);
  return runtime::new_str(interpreter, normalized);
}

Ref unicodedata_is_normalized(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                              Value kwnames) {
  std::string normalized;
  if (!normalize_arguments(interpreter, self, "is_normalized", arguments, count, kwnames, normalized)) return Ref();
  return interpreter.new_boolean(normalized == runtime::str_utf8(arguments[1]));
}

Ref ucd_unidata_version(Interpreter& interpreter, Value) { return runtime::new_str(interpreter, "3.2.0"); }

constexpr runtime::MethodDef functions[] = {
    {"bidirectional", &unicodedata_bidirectional},
    {"category", &unicodedata_category},
    {"combining", &unicodedata_combining},
    {"decimal", &unicodedata_decimal},
    {"decomposition", &unicodedata_decomposition},
    {"digit", &unicodedata_digit},
    {"east_asian_width", &unicodedata_east_asian_width},
    {"is_normalized", &unicodedata_is_normalized},
    {"lookup", &unicodedata_lookup},
    {"mirrored", &unicodedata_mirrored},
    {"name", &unicodedata_name},
    {"normalize", &unicodedata_normalize},
    {"numeric", &unicodedata_numeric},
};

}  // namespace

Ref create_unicodedata_module(Interpreter& interpreter) {
  if (!interpreter.unicodedata_ucd_type) {
    runtime::Type* ucd = runtime::new_native_type(interpreter, "unicodedata.UCD", interpreter.object_type);
    ucd->deallocate = &ucd_deallocate;
    for (const runtime::MethodDef& function : functions) runtime::add_methods(interpreter, ucd, {function});
    runtime::add_getsets(interpreter, ucd, {{"unidata_version", &ucd_unidata_version}});
    runtime::ready_native_type(interpreter, ucd);
    interpreter.unicodedata_ucd_type = ucd;
  }
  Ref module = runtime::new_module(interpreter, "unicodedata");
  const Value unicodedata = module.get();
  for (const runtime::MethodDef& function : functions)
    runtime::add_module_functions(interpreter, unicodedata, {{function.name, function.function}});
  auto* legacy = new UcdObject;
  legacy->type = interpreter.unicodedata_ucd_type;
  Ref legacy_value = Ref::steal(Value::object(legacy));
  runtime::module_set(interpreter, unicodedata, "ucd_3_2_0", legacy_value.get());
  runtime::module_set(interpreter, unicodedata, "UCD", Value::object(interpreter.unicodedata_ucd_type));
  Ref version = runtime::new_str(interpreter, "14.0.0");
  runtime::module_set(interpreter, unicodedata, "unidata_version", version.get());
  return module;
}

}  // namespace krait::modules

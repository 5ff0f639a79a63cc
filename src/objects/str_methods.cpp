// Objects: the methods of str (searching, splitting, joining, stripping,
// case mapping, the is*() predicates, padding, partitioning, translation),
// as CPython 3.11's Objects/unicodeobject.c defines them, argument errors
// included. format() and format_map() are in format.cpp.
#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "objects/dict_object.h"
#include "objects/format.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "support/unicode.h"

namespace krait::runtime {
namespace {

// ---- Argument conventions ----
// CPython words argument errors by how each method parses its arguments;
// these follow the method table of unicodeobject.c.

// Argument clinic, positional only: "center expected at least 1 argument, got 0".
bool positional(Interpreter& interpreter, const char* name, const char* qualified, std::size_t count, Value kwnames,
                std::size_t minimum, std::size_t maximum) {
  return reject_keywords(interpreter, qualified, kwnames) &&
         check_positional(interpreter, name, count, minimum, maximum);
}

Ref type_error(Interpreter& interpreter, const std::string& message) {
  return interpreter.raise(interpreter.TypeError_type, message);
}

std::string type_name_of(Interpreter& interpreter, Value value) { return std::string(type_name(interpreter, value)); }

// Appends to a list being built, taking over the reference.
void push(std::vector<Value>& items, Ref item) { items.push_back(item.release()); }

Ref whole_or_copy(Interpreter& interpreter, Value self) { return str_substring(interpreter, self, 0, as_str(self)->length); }

// Whether sub occurs in str at `position` (which leaves room for it).
bool matches_at(const StrObject* str, std::int64_t position, const StrObject* sub) {
  if (str->width == sub->width)
    return std::equal(sub->data(), sub->data() + static_cast<std::size_t>(sub->length) * sub->width,
                      str->data() + static_cast<std::size_t>(position) * str->width);
  for (std::int64_t i = 0; i < sub->length; ++i)
    if (str->at(position + i) != sub->at(i)) return false;
  return true;
}

// ---- find, rfind, index, rindex, count ----

// The (sub[, start[, end]]) arguments of the find family: sub must be a
// str; [start, end) is normalised against the string.
bool find_arguments(Interpreter& interpreter, const char* name, const char* qualified, Value self,
                    const Value* arguments, std::size_t count, Value kwnames, Value& sub, std::int64_t& start,
                    std::int64_t& end) {
  if (!reject_keywords(interpreter, qualified, kwnames) || !check_tuple_arguments(interpreter, name, count, 1, 3))
    return false;
  sub = arguments[0];
  start = 0;
  end = INT64_MAX;
  if ((count > 1 && !slice_index_argument(interpreter, arguments[1], true, start)) ||
      (count > 2 && !slice_index_argument(interpreter, arguments[2], true, end)))
    return false;
  adjust_range(start, end, as_str(self)->length);
  return true;
}

bool require_str(Interpreter& interpreter, Value value, const char* what = "must be str") {
  if (is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(what) + ", not " + type_name_of(interpreter, value));
  return false;
}

// The same for a parameter argument clinic checks, whose message names
// None as "None".
bool require_str_argument(Interpreter& interpreter, Value value, const char* what) {
  if (is_str(interpreter, value)) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            std::string(what) + ", not " + argument_type_name(interpreter, value));
  return false;
}

// find/rfind/index/rindex: the position, or -1 when absent (or -2 with an
// exception pending).
std::int64_t find_position(Interpreter& interpreter, const char* name, const char* qualified, bool reverse, Value self,
                           const Value* arguments, std::size_t count, Value kwnames) {
  Value sub;
  std::int64_t start = 0, end = 0;
  if (!find_arguments(interpreter, name, qualified, self, arguments, count, kwnames, sub, start, end) ||
      !require_str(interpreter, sub))
    return -2;
  if (end - start < as_str(sub)->length) return -1;
  return str_find(self, sub, start, end, reverse);
}

Ref found_or_error(Interpreter& interpreter, std::int64_t position, bool raise_when_missing) {
  if (position == -2) return Ref();
  if (position == -1 && raise_when_missing) return interpreter.raise(interpreter.ValueError_type, "substring not found");
  return new_int(interpreter, position);
}

Ref str_method_find(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return found_or_error(interpreter,
                        find_position(interpreter, "find", "str.find", false, self, arguments, count, kwnames), false);
}

Ref str_method_rfind(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return found_or_error(interpreter,
                        find_position(interpreter, "rfind", "str.rfind", true, self, arguments, count, kwnames), false);
}

Ref str_method_index(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return found_or_error(interpreter,
                        find_position(interpreter, "index", "str.index", false, self, arguments, count, kwnames), true);
}

Ref str_method_rindex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return found_or_error(interpreter,
                        find_position(interpreter, "rindex", "str.rindex", true, self, arguments, count, kwnames), true);
}

Ref str_method_count(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value sub;
  std::int64_t start = 0, end = 0;
  if (!find_arguments(interpreter, "count", "str.count", self, arguments, count, kwnames, sub, start, end) ||
      !require_str(interpreter, sub))
    return Ref();
  if (end - start < as_str(sub)->length) return Ref::small_int(0);
  return new_int(interpreter, str_count(self, sub, start, end));
}

// ---- startswith, endswith ----

// Whether self[start:end] starts (or ends) with sub: CPython's tailmatch.
bool tail_matches(Value self, Value sub, std::int64_t start, std::int64_t end, bool at_end) {
  const StrObject* str = as_str(self);
  const StrObject* prefix = as_str(sub);
  if (end - start < prefix->length) return false;
  if (prefix->length == 0) return true;
  return matches_at(str, at_end ? end - prefix->length : start, prefix);
}

Ref starts_or_ends_with(Interpreter& interpreter, const char* name, const char* qualified, bool at_end, Value self,
                        const Value* arguments, std::size_t count, Value kwnames) {
  Value sub;
  std::int64_t start = 0, end = 0;
  if (!find_arguments(interpreter, name, qualified, self, arguments, count, kwnames, sub, start, end)) return Ref();
  if (is_tuple_instance(interpreter, sub)) {
    const TupleObject* choices = as_tuple(sub);
    for (std::int64_t i = 0; i < choices->size; ++i) {
      const Value choice = choices->items()[i];
      if (!is_str(interpreter, choice))
        return type_error(interpreter, std::string("tuple for ") + name + " must only contain str, not " +
                                           type_name_of(interpreter, choice));
      if (tail_matches(self, choice, start, end, at_end)) return interpreter.new_boolean(true);
    }
    return interpreter.new_boolean(false);
  }
  if (!is_str(interpreter, sub))
    return type_error(interpreter, std::string(name) + " first arg must be str or a tuple of str, not " +
                                       type_name_of(interpreter, sub));
  return interpreter.new_boolean(tail_matches(self, sub, start, end, at_end));
}

Ref str_method_startswith(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  return starts_or_ends_with(interpreter, "startswith", "str.startswith", false, self, arguments, count, kwnames);
}

Ref str_method_endswith(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return starts_or_ends_with(interpreter, "endswith", "str.endswith", true, self, arguments, count, kwnames);
}

// ---- split, rsplit, splitlines ----

bool is_space_char(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
  return unicode::is_space(c);
}

// split() by runs of whitespace, from the left: CPython's split_whitespace.
template <class T>
void split_whitespace(Interpreter& interpreter, Value self, const T* s, std::int64_t n, std::int64_t maxsplit,
                      std::vector<Value>& out) {
  std::int64_t i = 0;
  while (maxsplit-- > 0) {
    while (i < n && is_space_char(s[i])) ++i;
    if (i == n) return;
    const std::int64_t j = i;
    while (i < n && !is_space_char(s[i])) ++i;
    push(out, str_substring(interpreter, self, j, i));
  }
  // The rest, without its leading whitespace, is the last piece.
  while (i < n && is_space_char(s[i])) ++i;
  if (i != n) push(out, str_substring(interpreter, self, i, n));
}

template <class T>
void rsplit_whitespace(Interpreter& interpreter, Value self, const T* s, std::int64_t n, std::int64_t maxsplit,
                       std::vector<Value>& out) {
  std::int64_t i = n - 1;
  while (maxsplit-- > 0) {
    while (i >= 0 && is_space_char(s[i])) --i;
    if (i < 0) break;
    const std::int64_t j = i;
    while (i >= 0 && !is_space_char(s[i])) --i;
    push(out, str_substring(interpreter, self, i + 1, j + 1));
  }
  if (maxsplit < 0) {
    while (i >= 0 && is_space_char(s[i])) --i;
    if (i >= 0) push(out, str_substring(interpreter, self, 0, i + 1));
  }
  std::reverse(out.begin(), out.end());
}

Ref split(Interpreter& interpreter, const char* name, bool reverse, Value self, const Value* arguments,
          std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {name, {"sep", "maxsplit"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  const Value separator = bound[0].is_null() ? interpreter.none() : bound[0];
  std::int64_t maxsplit = -1;
  if (!bound[1].is_null() && !index_argument(interpreter, bound[1], maxsplit)) return Ref();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const StrObject* str = as_str(self);
  Ref list = new_list(interpreter, {});
  std::vector<Value>& pieces = as_list(list.get())->items;
  if (separator == interpreter.none()) {
    visit_code_points(str, [&](auto* chars) {
      if (reverse)
        rsplit_whitespace(interpreter, self, chars, str->length, maxsplit, pieces);
      else
        split_whitespace(interpreter, self, chars, str->length, maxsplit, pieces);
    });
    return list;
  }
  if (!require_str(interpreter, separator, "must be str or None")) return Ref();
  const std::int64_t separator_length = as_str(separator)->length;
  if (separator_length == 0) return interpreter.raise(interpreter.ValueError_type, "empty separator");
  if (!reverse) {
    std::int64_t start = 0;
    for (; maxsplit > 0; --maxsplit) {
      const std::int64_t found = str_find(self, separator, start, str->length);
      if (found < 0) break;
      push(pieces, str_substring(interpreter, self, start, found));
      start = found + separator_length;
    }
    push(pieces, str_substring(interpreter, self, start, str->length));
  } else {
    std::int64_t end = str->length;
    for (; maxsplit > 0; --maxsplit) {
      const std::int64_t found = str_find(self, separator, 0, end, true);
      if (found < 0) break;
      push(pieces, str_substring(interpreter, self, found + separator_length, end));
      end = found;
    }
    push(pieces, str_substring(interpreter, self, 0, end));
    std::reverse(pieces.begin(), pieces.end());
  }
  return list;
}

Ref str_method_split(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return split(interpreter, "split", false, self, arguments, count, kwnames);
}

Ref str_method_rsplit(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return split(interpreter, "rsplit", true, self, arguments, count, kwnames);
}

Ref str_method_splitlines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value bound[1];
  if (!bind_arguments(interpreter, {"splitlines", {"keepends"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  int keepends = 0;
  if (!bound[0].is_null() && !int_argument(interpreter, bound[0], keepends)) return Ref();
  const StrObject* str = as_str(self);
  Ref list = new_list(interpreter, {});
  std::vector<Value>& lines = as_list(list.get())->items;
  visit_code_points(str, [&](auto* chars) {
    const std::int64_t n = str->length;
    for (std::int64_t i = 0; i < n;) {
      const std::int64_t start = i;
      while (i < n && !unicode::is_line_break(chars[i])) ++i;
      std::int64_t end = i;
      if (i < n) {
        i += chars[i] == '\r' && i + 1 < n && chars[i + 1] == '\n' ? 2 : 1;
        if (keepends) end = i;
      }
      push(lines, str_substring(interpreter, self, start, end));
    }
  });
  return list;
}

// ---- join ----

Ref str_method_join(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "str.join", count, kwnames)) return Ref();
  // The items of a list or tuple, else of a list collected first, so their
  // lengths can be summed before building. No Python code runs while
  // joining, so a list cannot change meanwhile.
  const Value* items = nullptr;
  std::size_t item_count = 0;
  Ref collected = join_items(interpreter, arguments[0], items, item_count);
  if (!collected) return Ref();
  const auto size = static_cast<std::int64_t>(item_count);
  if (size == 1 && items[0].is_object() && items[0].as_object()->type == interpreter.str_type)
    return Ref::borrow(items[0]);
  std::int64_t total = as_str(self)->length * (size > 0 ? size - 1 : 0);
  for (std::int64_t i = 0; i < size; ++i) {
    if (!is_str(interpreter, items[i]))
      return type_error(interpreter, "sequence item " + std::to_string(i) + ": expected str instance, " +
                                         type_name_of(interpreter, items[i]) + " found");
    total += as_str(items[i])->length;
  }
  StrBuilder builder(interpreter, total);
  const bool has_separator = as_str(self)->length > 0;
  for (std::int64_t i = 0; i < size; ++i) {
    if (i > 0 && has_separator) builder.append(self);
    builder.append(items[i]);
  }
  return builder.finish();
}

// ---- strip, lstrip, rstrip ----

enum StripSide { strip_left = 1, strip_right = 2, strip_both = 3 };

Ref strip(Interpreter& interpreter, const char* name, const char* qualified, StripSide side, Value self,
          const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional(interpreter, name, qualified, count, kwnames, 0, 1)) return Ref();
  const Value chars = count == 0 ? interpreter.none() : arguments[0];
  if (chars != interpreter.none() && !is_str(interpreter, chars))
    return type_error(interpreter, std::string(name) + " arg must be None or str");
  const StrObject* str = as_str(self);
  const StrObject* set = chars == interpreter.none() ? nullptr : as_str(chars);
  // Membership in the strip set: a table for one-byte sets, else a scan.
  std::array<bool, 256> table{};
  if (set && set->width == 1)
    for (std::int64_t i = 0; i < set->length; ++i) table[set->data()[i]] = true;
  auto strippable = [&](char32_t c) {
    if (!set) return is_space_char(c);
    if (set->width == 1) return c < 256 && table[c];
    for (std::int64_t i = 0; i < set->length; ++i)
      if (set->at(i) == c) return true;
    return false;
  };
  std::int64_t start = 0, end = str->length;
  visit_code_points(str, [&](auto* s) {
    if (side & strip_left)
      while (start < end && strippable(s[start])) ++start;
    if (side & strip_right)
      while (end > start && strippable(s[end - 1])) --end;
  });
  return str_substring(interpreter, self, start, end);
}

Ref str_method_strip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "strip", "str.strip", strip_both, self, arguments, count, kwnames);
}

Ref str_method_lstrip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "lstrip", "str.lstrip", strip_left, self, arguments, count, kwnames);
}

Ref str_method_rstrip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "rstrip", "str.rstrip", strip_right, self, arguments, count, kwnames);
}

// ---- replace ----

Ref str_method_replace(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  if (!positional(interpreter, "replace", "str.replace", count, kwnames, 2, 3)) return Ref();
  const Value old_value = arguments[0];
  const Value new_value = arguments[1];
  if (!require_str_argument(interpreter, old_value, "replace() argument 1 must be str") ||
      !require_str_argument(interpreter, new_value, "replace() argument 2 must be str"))
    return Ref();
  std::int64_t limit = -1;
  if (count > 2 && !index_argument(interpreter, arguments[2], limit)) return Ref();
  if (limit < 0) limit = INT64_MAX;
  const StrObject* str = as_str(self);
  const StrObject* old_str = as_str(old_value);
  const StrObject* new_str_object = as_str(new_value);
  const std::int64_t occurrences = limit == 0 || old_str->length > str->length
                                       ? 0
                                       : str_count(self, old_value, 0, str->length, limit);
  if (occurrences == 0) return whole_or_copy(interpreter, self);
  StrBuilder builder(interpreter, str->length + occurrences * (new_str_object->length - old_str->length));
  if (old_str->length == 0) {
    // The new text goes before each character (and at the end), `limit` times.
    std::int64_t i = 0;
    for (; i < occurrences && i < str->length; ++i) {
      builder.append(new_value);
      builder.append(self, i, i + 1);
    }
    if (i < occurrences) builder.append(new_value);
    builder.append(self, i, str->length);
    return builder.finish();
  }
  std::int64_t start = 0;
  for (std::int64_t i = 0; i < occurrences; ++i) {
    const std::int64_t found = str_find(self, old_value, start, str->length);
    builder.append(self, start, found);
    builder.append(new_value);
    start = found + old_str->length;
  }
  builder.append(self, start, str->length);
  return builder.finish();
}

// ---- Case mapping ----

// Whether the capital sigma at `index` ends a word (CPython's
// handle_capital_sigma: cased letter before it, none after, skipping
// case-ignorable characters), so that it lowers to final sigma.
bool is_final_sigma(const StrObject* str, std::int64_t index) {
  std::int64_t j = index - 1;
  while (j >= 0 && unicode::is_case_ignorable(str->at(j))) --j;
  if (j < 0 || !unicode::is_cased(str->at(j))) return false;
  j = index + 1;
  while (j < str->length && unicode::is_case_ignorable(str->at(j))) ++j;
  return j == str->length || !unicode::is_cased(str->at(j));
}

void append_mapped(StrBuilder& builder, char32_t c, unicode::CaseMapping mapping) {
  char32_t mapped[3];
  const int count = unicode::map_case(c, mapping, mapped);
  for (int i = 0; i < count; ++i) builder.append(mapped[i]);
}

// CPython's lower_ucs4: full lowercase, with the final-sigma rule.
void append_lower(StrBuilder& builder, const StrObject* str, std::int64_t index) {
  const char32_t c = str->at(index);
  if (c == 0x3A3) {
    builder.append(is_final_sigma(str, index) ? char32_t{0x3C2} : char32_t{0x3C3});
    return;
  }
  append_mapped(builder, c, unicode::CaseMapping::Lower);
}

enum class CaseChange { Lower, Upper, Fold, Swap, Title, Capitalize };

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
bool ascii_cased(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

Ref change_case(Interpreter& interpreter, Value self, CaseChange change) {
  const StrObject* str = as_str(self);
  StrBuilder builder(interpreter, str->length);
  if (str->ascii) {
    const char* s = reinterpret_cast<const char*>(str->data());
    unsigned char* out = builder.append_bytes(str->length);
    if (!out) return builder.finish();
    bool previous_cased = false;
    for (std::int64_t i = 0; i < str->length; ++i) {
      const char c = s[i];
      char mapped = c;
      switch (change) {
        case CaseChange::Lower:
        case CaseChange::Fold: mapped = ascii_lower(c); break;
        case CaseChange::Upper: mapped = ascii_upper(c); break;
        case CaseChange::Swap: mapped = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
        case CaseChange::Title: mapped = previous_cased ? ascii_lower(c) : ascii_upper(c); break;
        case CaseChange::Capitalize: mapped = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
      }
      previous_cased = ascii_cased(c);
      out[i] = static_cast<unsigned char>(mapped);
    }
    return builder.finish();
  }
  bool previous_cased = false;
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    switch (change) {
      case CaseChange::Lower: append_lower(builder, str, i); break;
      case CaseChange::Upper: append_mapped(builder, c, unicode::CaseMapping::Upper); break;
      case CaseChange::Fold: append_mapped(builder, c, unicode::CaseMapping::Fold); break;
      case CaseChange::Swap:
        if (unicode::is_uppercase(c))
          append_lower(builder, str, i);
        else if (unicode::is_lowercase(c))
          append_mapped(builder, c, unicode::CaseMapping::Upper);
        else
          builder.append(c);
        break;
      case CaseChange::Title:
        if (previous_cased)
          append_lower(builder, str, i);
        else
          append_mapped(builder, c, unicode::CaseMapping::Title);
        previous_cased = unicode::is_cased(c);
        break;
      case CaseChange::Capitalize:
        if (i == 0)
          append_mapped(builder, c, unicode::CaseMapping::Title);
        else
          append_lower(builder, str, i);
        break;
    }
  }
  return builder.finish();
}

#define KRAIT_CASE_METHOD(method, change)                                                                           \
  Ref str_method_##method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) { \
    if (!check_no_arguments(interpreter, "str." #method, count, kwnames)) return Ref();                                  \
    return change_case(interpreter, self, CaseChange::change);                                                      \
  }
KRAIT_CASE_METHOD(lower, Lower)
KRAIT_CASE_METHOD(upper, Upper)
KRAIT_CASE_METHOD(casefold, Fold)
KRAIT_CASE_METHOD(swapcase, Swap)
KRAIT_CASE_METHOD(title, Title)
KRAIT_CASE_METHOD(capitalize, Capitalize)
#undef KRAIT_CASE_METHOD

// ---- The is*() predicates ----

// True when every character satisfies `test` (and the string is not empty).
template <class Test>
bool all_characters(const StrObject* str, Test test) {
  if (str->length == 0) return false;
  return visit_code_points(str, [&](auto* chars) {
    for (std::int64_t i = 0; i < str->length; ++i)
      if (!test(static_cast<char32_t>(chars[i]))) return false;
    return true;
  });
}

bool is_alnum_char(char32_t c) { return unicode::is_alpha(c) || unicode::is_numeric(c); }

// str.isupper()/islower(): no character of the opposite case (or
// titlecase), and at least one cased.
bool cased_all(const StrObject* str, bool upper) {
  bool cased = false;
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    if ((upper ? unicode::is_lowercase(c) : unicode::is_uppercase(c)) || unicode::is_titlecase(c)) return false;
    if (upper ? unicode::is_uppercase(c) : unicode::is_lowercase(c)) cased = true;
  }
  return cased;
}

// str.istitle(): uppercase and titlecase letters only after uncased
// characters, lowercase ones only after cased ones.
bool is_title(const StrObject* str) {
  bool cased = false;
  bool previous_cased = false;
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    if (unicode::is_uppercase(c) || unicode::is_titlecase(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (unicode::is_lowercase(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool is_identifier(const StrObject* str) {
  if (str->length == 0) return false;
  const char32_t first = str->at(0);
  if (first != '_' && !unicode::is_xid_start(first)) return false;
  for (std::int64_t i = 1; i < str->length; ++i)
    if (!unicode::is_xid_continue(str->at(i))) return false;
  return true;
}

#define KRAIT_PREDICATE_METHOD(method, expression)                                                                  \
  Ref str_method_##method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) { \
    if (!check_no_arguments(interpreter, "str." #method, count, kwnames)) return Ref();                                  \
    const StrObject* str = as_str(self);                                                                            \
    return interpreter.new_boolean(expression);                                                                     \
  }
KRAIT_PREDICATE_METHOD(isalpha, all_characters(str, unicode::is_alpha))
KRAIT_PREDICATE_METHOD(isalnum, all_characters(str, is_alnum_char))
KRAIT_PREDICATE_METHOD(isdecimal, all_characters(str, unicode::is_decimal))
KRAIT_PREDICATE_METHOD(isdigit, all_characters(str, unicode::is_digit))
KRAIT_PREDICATE_METHOD(isnumeric, all_characters(str, unicode::is_numeric))
KRAIT_PREDICATE_METHOD(isspace, all_characters(str, is_space_char))
KRAIT_PREDICATE_METHOD(isprintable, str->length == 0 || all_characters(str, unicode::is_printable))
KRAIT_PREDICATE_METHOD(isascii, str->ascii)
KRAIT_PREDICATE_METHOD(isupper, cased_all(str, true))
KRAIT_PREDICATE_METHOD(islower, cased_all(str, false))
KRAIT_PREDICATE_METHOD(istitle, is_title(str))
KRAIT_PREDICATE_METHOD(isidentifier, is_identifier(str))
#undef KRAIT_PREDICATE_METHOD

// ---- Padding: ljust, rjust, center, zfill, expandtabs ----

// The fill character argument of ljust/rjust/center.
bool fill_argument(Interpreter& interpreter, const Value* arguments, std::size_t count, char32_t& fill) {
  fill = ' ';
  if (count < 2) return true;
  const Value value = arguments[1];
  if (!is_str(interpreter, value)) {
    interpreter.set_exception(interpreter.TypeError_type, "The fill character must be a unicode character, not " +
                                                              type_name_of(interpreter, value));
    return false;
  }
  if (as_str(value)->length != 1) {
    interpreter.set_exception(interpreter.TypeError_type, "The fill character must be exactly one character long");
    return false;
  }
  fill = as_str(value)->at(0);
  return true;
}

Ref pad(Interpreter& interpreter, Value self, std::int64_t left, std::int64_t right, char32_t fill) {
  if (left <= 0 && right <= 0) return whole_or_copy(interpreter, self);
  left = std::max<std::int64_t>(left, 0);
  right = std::max<std::int64_t>(right, 0);
  StrBuilder builder(interpreter, as_str(self)->length + left + right);
  builder.append_repeated(fill, left);
  builder.append(self);
  builder.append_repeated(fill, right);
  return builder.finish();
}

Ref justify(Interpreter& interpreter, const char* name, const char* qualified, Justify how, Value self,
            const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional(interpreter, name, qualified, count, kwnames, 1, 2)) return Ref();
  std::int64_t width = 0;
  char32_t fill = ' ';
  if (!index_argument(interpreter, arguments[0], width) || !fill_argument(interpreter, arguments, count, fill))
    return Ref();
  const std::int64_t margin = width - as_str(self)->length;
  if (margin <= 0) return whole_or_copy(interpreter, self);
  const Padding padding = justify_padding(how, margin, width);
  return pad(interpreter, self, padding.left, padding.right, fill);
}

Ref str_method_ljust(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "ljust", "str.ljust", Justify::Left, self, arguments, count, kwnames);
}

Ref str_method_rjust(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "rjust", "str.rjust", Justify::Right, self, arguments, count, kwnames);
}

Ref str_method_center(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "center", "str.center", Justify::Center, self, arguments, count, kwnames);
}

Ref str_method_zfill(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, "str.zfill", count, kwnames)) return Ref();
  std::int64_t width = 0;
  if (!index_argument(interpreter, arguments[0], width)) return Ref();
  const StrObject* str = as_str(self);
  const std::int64_t fill = width - str->length;
  if (fill <= 0) return whole_or_copy(interpreter, self);
  StrBuilder builder(interpreter, width);
  // The zeros go after a leading sign.
  std::int64_t start = 0;
  if (str->length > 0 && (str->at(0) == '+' || str->at(0) == '-')) {
    builder.append(str->at(0));
    start = 1;
  }
  builder.append_repeated('0', fill);
  builder.append(self, start, str->length);
  return builder.finish();
}

Ref str_method_expandtabs(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  Value bound[1];
  if (!bind_arguments(interpreter, {"expandtabs", {"tabsize"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  int tabsize = 8;
  if (!bound[0].is_null() && !int_argument(interpreter, bound[0], tabsize)) return Ref();
  const StrObject* str = as_str(self);
  StrBuilder builder(interpreter, str->length);
  std::int64_t column = 0;
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    if (c == '\t') {
      if (tabsize > 0) {
        const std::int64_t spaces = tabsize - column % tabsize;
        builder.append_repeated(' ', spaces);
        column += spaces;
      }
    } else {
      builder.append(c);
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return builder.finish();
}

// ---- partition, rpartition, removeprefix, removesuffix ----

Ref partition(Interpreter& interpreter, const char* qualified, bool reverse, Value self, const Value* arguments,
              std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, qualified, count, kwnames)) return Ref();
  const Value separator = arguments[0];
  if (!require_str(interpreter, separator)) return Ref();
  const std::int64_t separator_length = as_str(separator)->length;
  if (separator_length == 0) return interpreter.raise(interpreter.ValueError_type, "empty separator");
  const std::int64_t length = as_str(self)->length;
  const std::int64_t found = separator_length > length ? -1 : str_find(self, separator, 0, length, reverse);
  Ref empty = new_str(interpreter, "");
  if (found < 0) {
    Ref whole = whole_or_copy(interpreter, self);
    const Value items[3] = {reverse ? empty.get() : whole.get(), empty.get(), reverse ? whole.get() : empty.get()};
    return new_tuple(interpreter, items);
  }
  Ref before = str_substring(interpreter, self, 0, found);
  Ref after = str_substring(interpreter, self, found + separator_length, length);
  const Value items[3] = {before.get(), separator, after.get()};
  return new_tuple(interpreter, items);
}

Ref str_method_partition(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  return partition(interpreter, "str.partition", false, self, arguments, count, kwnames);
}

Ref str_method_rpartition(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                          Value kwnames) {
  return partition(interpreter, "str.rpartition", true, self, arguments, count, kwnames);
}

Ref remove_affix(Interpreter& interpreter, const char* name, const char* qualified, bool suffix, Value self,
                 const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, qualified, count, kwnames)) return Ref();
  const Value affix = arguments[0];
  if (!require_str_argument(interpreter, affix, (std::string(name) + "() argument must be str").c_str())) return Ref();
  const std::int64_t length = as_str(self)->length;
  const std::int64_t affix_length = as_str(affix)->length;
  if (affix_length == 0 || !tail_matches(self, affix, 0, length, suffix)) return whole_or_copy(interpreter, self);
  return suffix ? str_substring(interpreter, self, 0, length - affix_length)
                : str_substring(interpreter, self, affix_length, length);
}

Ref str_method_removeprefix(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  return remove_affix(interpreter, "removeprefix", "str.removeprefix", false, self, arguments, count, kwnames);
}

Ref str_method_removesuffix(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  return remove_affix(interpreter, "removesuffix", "str.removesuffix", true, self, arguments, count, kwnames);
}

// ---- translate, maketrans ----

// What the table maps a character to: kept, deleted, a character or a str.
struct Translation {
  enum Kind : unsigned char { Unknown, Keep, Delete, Character, Text } kind = Unknown;
  char32_t character = 0;
  Ref text;
};

bool look_up_translation(Interpreter& interpreter, Value table, char32_t c, Translation& out) {
  Ref key = new_int(interpreter, c);
  Ref mapped = get_item(interpreter, table, key.get());
  if (!mapped) {
    if (!interpreter.exception_is(interpreter.LookupError_type)) return false;
    Ref discarded = interpreter.take_exception();
    out.kind = Translation::Keep;
    return true;
  }
  const Value value = mapped.get();
  if (value == interpreter.none()) {
    out.kind = Translation::Delete;
  } else if (is_int(interpreter, value)) {
    std::int64_t code = -1;
    if (!int_to_int64(interpreter, value, code) || code < 0 || code > 0x10FFFF) {
      interpreter.set_exception(interpreter.ValueError_type, "character mapping must be in range(0x110000)");
      return false;
    }
    out.kind = Translation::Character;
    out.character = static_cast<char32_t>(code);
  } else if (is_str(interpreter, value)) {
    out.kind = Translation::Text;
    out.text = std::move(mapped);
  } else {
    interpreter.set_exception(interpreter.TypeError_type, "character mapping must return integer, None or str");
    return false;
  }
  return true;
}

Ref str_method_translate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                         Value kwnames) {
  if (!check_one_argument(interpreter, "str.translate", count, kwnames)) return Ref();
  const Value table = arguments[0];
  const StrObject* str = as_str(self);
  // Lookups of one-byte characters are remembered: texts repeat them.
  std::array<Translation, 256> cache;
  StrBuilder builder(interpreter, str->length);
  for (std::int64_t i = 0; i < str->length; ++i) {
    const char32_t c = str->at(i);
    Translation uncached;
    Translation& translation = c < 256 ? cache[c] : uncached;
    if (translation.kind == Translation::Unknown && !look_up_translation(interpreter, table, c, translation))
      return Ref();
    switch (translation.kind) {
      case Translation::Keep: builder.append(c); break;
      case Translation::Delete: break;
      case Translation::Character: builder.append(translation.character); break;
      case Translation::Text: builder.append(translation.text.get()); break;
      case Translation::Unknown: break;
    }
  }
  return builder.finish();
}

bool set_translation(Interpreter& interpreter, Value table, char32_t from, Value to) {
  Ref key = new_int(interpreter, from);
  return dict_set_item(interpreter, table, key.get(), to);
}

// str.maketrans(x[, y[, z]]): a static method.
Ref str_maketrans(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional(interpreter, "maketrans", "str.maketrans", count, kwnames, 1, 3)) return Ref();
  Ref table = new_dict(interpreter);
  if (count == 1) {
    const Value mapping = arguments[0];
    if (!mapping.is_object() || !is_subtype(type_of(interpreter, mapping), interpreter.dict_type))
      return type_error(interpreter, "if you give only one argument to maketrans it must be a dict");
    std::size_t position = 0;
    Value key, value;
    while (dict_next(mapping, position, key, value)) {
      if (is_str(interpreter, key)) {
        if (as_str(key)->length != 1)
          return interpreter.raise(interpreter.ValueError_type, "string keys in translate table must be of length 1");
        if (!set_translation(interpreter, table.get(), as_str(key)->at(0), value)) return Ref();
      } else if (is_int(interpreter, key)) {
        if (!dict_set_item(interpreter, table.get(), key, value)) return Ref();
      } else {
        return type_error(interpreter, "keys in translate table must be strings or integers");
      }
    }
    return table;
  }
  if (!is_str(interpreter, arguments[0]))
    return type_error(interpreter, "first maketrans argument must be a string if there is a second argument");
  if (!require_str_argument(interpreter, arguments[1], "maketrans() argument 2 must be str") ||
      (count == 3 && !require_str_argument(interpreter, arguments[2], "maketrans() argument 3 must be str")))
    return Ref();
  const StrObject* from = as_str(arguments[0]);
  const StrObject* to = as_str(arguments[1]);
  if (from->length != to->length)
    return interpreter.raise(interpreter.ValueError_type, "the first two maketrans arguments must have equal length");
  for (std::int64_t i = 0; i < from->length; ++i) {
    Ref target = new_int(interpreter, to->at(i));
    if (!set_translation(interpreter, table.get(), from->at(i), target.get())) return Ref();
  }
  if (count == 3) {
    const StrObject* deleted = as_str(arguments[2]);
    for (std::int64_t i = 0; i < deleted->length; ++i)
      if (!set_translation(interpreter, table.get(), deleted->at(i), interpreter.none())) return Ref();
  }
  return table;
}

// __getnewargs__(): (str(self),), an exact str.
Ref str_method_getnewargs(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!check_no_arguments(interpreter, "str.__getnewargs__", count, kwnames)) return Ref();
  Ref copy = type_of(interpreter, self) == interpreter.str_type ? Ref::borrow(self) : new_str(interpreter, str_utf8(self));
  const Value items[] = {copy.get()};
  return new_tuple(interpreter, items);
}

}  // namespace

void add_str_methods(Interpreter& interpreter) {
  Type* type = interpreter.str_type;
  add_methods(interpreter, type,
              {
                  {"__getnewargs__", &str_method_getnewargs},
                  {"find", &str_method_find},
                  {"rfind", &str_method_rfind},
                  {"index", &str_method_index},
                  {"rindex", &str_method_rindex},
                  {"count", &str_method_count},
                  {"startswith", &str_method_startswith},
                  {"endswith", &str_method_endswith},
                  {"split", &str_method_split},
                  {"rsplit", &str_method_rsplit},
                  {"splitlines", &str_method_splitlines},
                  {"join", &str_method_join},
                  {"strip", &str_method_strip},
                  {"lstrip", &str_method_lstrip},
                  {"rstrip", &str_method_rstrip},
                  {"replace", &str_method_replace},
                  {"lower", &str_method_lower},
                  {"upper", &str_method_upper},
                  {"casefold", &str_method_casefold},
                  {"swapcase", &str_method_swapcase},
                  {"title", &str_method_title},
                  {"capitalize", &str_method_capitalize},
                  {"isalpha", &str_method_isalpha},
                  {"isalnum", &str_method_isalnum},
                  {"isdecimal", &str_method_isdecimal},
                  {"isdigit", &str_method_isdigit},
                  {"isnumeric", &str_method_isnumeric},
                  {"isspace", &str_method_isspace},
                  {"isprintable", &str_method_isprintable},
                  {"isascii", &str_method_isascii},
                  {"isupper", &str_method_isupper},
                  {"islower", &str_method_islower},
                  {"istitle", &str_method_istitle},
                  {"isidentifier", &str_method_isidentifier},
                  {"ljust", &str_method_ljust},
                  {"rjust", &str_method_rjust},
                  {"center", &str_method_center},
                  {"zfill", &str_method_zfill},
                  {"expandtabs", &str_method_expandtabs},
                  {"partition", &str_method_partition},
                  {"rpartition", &str_method_rpartition},
                  {"removeprefix", &str_method_removeprefix},
                  {"removesuffix", &str_method_removesuffix},
                  {"translate", &str_method_translate},
                  {"format", &str_method_format},
                  {"format_map", &str_method_format_map},
                  {"__format__", &str_method_dunder_format},
              });
  // A static method: a plain builtin function in the namespace is not a
  // descriptor, so str.maketrans and "".maketrans call it alike.
  Ref maketrans = new_builtin_function(interpreter, "maketrans", &str_maketrans);
  dict_set_str(interpreter, type->dict.get(), interpreter.intern("maketrans"), maketrans.get());
}

}  // namespace krait::runtime

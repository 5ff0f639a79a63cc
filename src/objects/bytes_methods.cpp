// Objects: the slots and methods bytes and bytearray share (see
// bytes_methods.h), as CPython 3.11's bytes_methods.c and stringlib define
// them, argument errors included.
#include "objects/bytes_methods.h"

#include <algorithm>
#include <array>
#include <vector>

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/dict_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/memoryview_object.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

// ---- Receivers and arguments ----

bool is_array(const Interpreter& interpreter, Value self) { return is_bytearray(interpreter, self); }

std::string_view view_of(const Interpreter& interpreter, Value self) {
  std::string_view view;
  byte_view(interpreter, self, view);
  return view;
}

std::int64_t size_of(const Interpreter& interpreter, Value self) {
  return static_cast<std::int64_t>(view_of(interpreter, self).size());
}

// "bytes.upper" or "bytearray.upper", as the messages name a method.
std::string qualified(const Interpreter& interpreter, Value self, const char* method) {
  return std::string(is_array(interpreter, self) ? "bytearray." : "bytes.") + method;
}

Ref type_error(Interpreter& interpreter, const std::string& message) {
  return interpreter.raise(interpreter.TypeError_type, message);
}

// METH_NOARGS: "bytes.upper() takes no arguments (1 given)".
bool no_arguments(Interpreter& interpreter, Value self, const char* method, std::size_t count, Value kwnames) {
  return arguments_fit(count, kwnames, 0, 0) ||
         check_no_arguments(interpreter, qualified(interpreter, self, method), count, kwnames);
}

// METH_O: "bytes.join() takes exactly one argument (0 given)".
bool one_argument(Interpreter& interpreter, Value self, const char* method, std::size_t count, Value kwnames) {
  return arguments_fit(count, kwnames, 1, 1) ||
         check_one_argument(interpreter, qualified(interpreter, self, method), count, kwnames);
}

// Argument clinic, positional only: "center expected at least 1 argument, got 0".
bool positional(Interpreter& interpreter, Value self, const char* method, std::size_t count, Value kwnames,
                std::size_t minimum, std::size_t maximum) {
  return arguments_fit(count, kwnames, minimum, maximum) ||
         (reject_keywords(interpreter, qualified(interpreter, self, method), kwnames) &&
          check_positional(interpreter, method, count, minimum, maximum));
}

// Appends to a list being built, taking over the reference.
void push(std::vector<Value>& items, Ref item) { items.push_back(item.release()); }

// The receiver itself when it is an exact bytes (immutable, so sharing is
// safe), else a copy of `data` of the receiver's type.
Ref same_or_copy(Interpreter& interpreter, Value self, std::string_view data) {
  if (self.as_object()->type == interpreter.bytes_type && data.size() == as_bytes(self)->view().size())
    return Ref::borrow(self);
  return new_bytes_like(interpreter, self, data);
}

// C's isspace, isalpha, ... in the C locale (Py_ISSPACE and friends).
bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }
char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }

// A sub-sequence argument of find, count, index, in: a bytes-like object,
// or an int standing for one byte (CPython's parse_args_finds_byte).
bool sub_argument(Interpreter& interpreter, Value value, std::string& out) {
  std::string_view view;
  if (byte_view(interpreter, value, view)) {
    out.assign(view);
    return true;
  }
  if (!is_int(interpreter, value) && lookup_special(interpreter, value, interpreter.names.dunder_index).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "argument should be integer or bytes-like object, not " +
                                                              quoted_type_name(interpreter, value));
    return false;
  }
  const int byte = byte_argument(interpreter, value);
  if (byte < 0) return false;
  out.assign(1, static_cast<char>(byte));
  return true;
}

// ---- find, rfind, index, rindex, count ----

bool search_arguments(Interpreter& interpreter, const char* name, Value self, const Value* arguments,
                      std::size_t count, Value kwnames, std::string& sub, std::int64_t& start, std::int64_t& end) {
  if (!reject_keywords(interpreter, name, kwnames) || !check_tuple_arguments(interpreter, name, count, 1, 3) ||
      !sub_argument(interpreter, arguments[0], sub))
    return false;
  start = 0;
  end = INT64_MAX;
  if ((count > 1 && !slice_index_argument(interpreter, arguments[1], true, start)) ||
      (count > 2 && !slice_index_argument(interpreter, arguments[2], true, end)))
    return false;
  adjust_range(start, end, size_of(interpreter, self));
  return true;
}

// The first (or last) position of `sub` in data[start:end], or -1.
std::int64_t find_in(std::string_view data, std::string_view sub, std::int64_t start, std::int64_t end, bool reverse) {
  if (end - start < static_cast<std::int64_t>(sub.size())) return -1;
  const std::string_view window = data.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(end - start));
  const std::size_t found = reverse ? window.rfind(sub) : window.find(sub);
  return found == std::string_view::npos ? -1 : start + static_cast<std::int64_t>(found);
}

// Non-overlapping occurrences of `sub` in data[start:end], at most `limit`.
std::int64_t count_in(std::string_view data, std::string_view sub, std::int64_t start, std::int64_t end,
                      std::int64_t limit = INT64_MAX) {
  if (end - start < static_cast<std::int64_t>(sub.size())) return 0;
  if (sub.empty()) return std::min(end - start + 1, limit);
  std::int64_t occurrences = 0;
  for (std::int64_t at = find_in(data, sub, start, end, false); at >= 0 && occurrences < limit;
       at = find_in(data, sub, at + static_cast<std::int64_t>(sub.size()), end, false))
    ++occurrences;
  return occurrences;
}

Ref search(Interpreter& interpreter, const char* name, bool reverse, bool raise_when_missing, Value self,
           const Value* arguments, std::size_t count, Value kwnames) {
  std::string sub;
  std::int64_t start = 0, end = 0;
  if (!search_arguments(interpreter, name, self, arguments, count, kwnames, sub, start, end)) return Ref();
  const std::int64_t found = find_in(view_of(interpreter, self), sub, start, end, reverse);
  if (found < 0 && raise_when_missing) return interpreter.raise(interpreter.ValueError_type, "subsection not found");
  return new_int(interpreter, found);
}

Ref method_find(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return search(interpreter, "find", false, false, self, arguments, count, kwnames);
}
Ref method_rfind(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return search(interpreter, "rfind", true, false, self, arguments, count, kwnames);
}
Ref method_index(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return search(interpreter, "index", false, true, self, arguments, count, kwnames);
}
Ref method_rindex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return search(interpreter, "rindex", true, true, self, arguments, count, kwnames);
}

Ref method_count(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::string sub;
  std::int64_t start = 0, end = 0;
  if (!search_arguments(interpreter, "count", self, arguments, count, kwnames, sub, start, end)) return Ref();
  return new_int(interpreter, count_in(view_of(interpreter, self), sub, start, end));
}

// ---- startswith, endswith ----

// CPython's _bytes_tailmatch over data[start:end] (already adjusted).
bool tail_matches(std::string_view data, std::string_view sub, std::int64_t start, std::int64_t end, bool at_end) {
  const auto length = static_cast<std::int64_t>(data.size());
  const auto sub_length = static_cast<std::int64_t>(sub.size());
  if (!at_end) {
    if (start > length - sub_length) return false;
  } else {
    if (end - start < sub_length || start > length) return false;
    if (end - sub_length > start) start = end - sub_length;
  }
  if (end - start < sub_length) return false;
  return data.substr(static_cast<std::size_t>(start), sub.size()) == sub;
}

Ref starts_or_ends_with(Interpreter& interpreter, const char* name, bool at_end, Value self, const Value* arguments,
                        std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, name, kwnames) || !check_tuple_arguments(interpreter, name, count, 1, 3))
    return Ref();
  std::int64_t start = 0, end = INT64_MAX;
  if ((count > 1 && !slice_index_argument(interpreter, arguments[1], true, start)) ||
      (count > 2 && !slice_index_argument(interpreter, arguments[2], true, end)))
    return Ref();
  const std::string_view data = view_of(interpreter, self);
  adjust_range(start, end, static_cast<std::int64_t>(data.size()));
  const Value sub = arguments[0];
  std::string_view choice;
  if (is_tuple_instance(interpreter, sub)) {
    const TupleObject* choices = as_tuple(sub);
    for (std::int64_t i = 0; i < choices->size; ++i) {
      if (!require_byte_view(interpreter, choices->items()[i], choice)) return Ref();
      if (tail_matches(data, choice, start, end, at_end)) return interpreter.new_boolean(true);
    }
    return interpreter.new_boolean(false);
  }
  if (!byte_view(interpreter, sub, choice))
    return type_error(interpreter, std::string(name) + " first arg must be bytes or a tuple of bytes, not " +
                                       std::string(type_name(interpreter, sub)));
  return interpreter.new_boolean(tail_matches(data, choice, start, end, at_end));
}

Ref method_startswith(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return starts_or_ends_with(interpreter, "startswith", false, self, arguments, count, kwnames);
}
Ref method_endswith(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return starts_or_ends_with(interpreter, "endswith", true, self, arguments, count, kwnames);
}

// ---- split, rsplit, splitlines ----

// The pieces of data split at runs of whitespace (at most maxsplit splits,
// from the right when reverse), as [start, end) pairs in order.
std::vector<std::pair<std::size_t, std::size_t>> split_whitespace(std::string_view data, std::int64_t maxsplit,
                                                                  bool reverse) {
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  const std::size_t n = data.size();
  auto space = [&](std::size_t i) { return is_space(static_cast<unsigned char>(data[i])); };
  if (!reverse) {
    std::size_t i = 0;
    for (; maxsplit > 0; --maxsplit) {
      while (i < n && space(i)) ++i;
      if (i == n) return pieces;
      const std::size_t j = i;
      while (i < n && !space(i)) ++i;
      pieces.emplace_back(j, i);
    }
    while (i < n && space(i)) ++i;
    if (i != n) pieces.emplace_back(i, n);
    return pieces;
  }
  std::size_t i = n;  // one past the candidate
  for (; maxsplit > 0; --maxsplit) {
    while (i > 0 && space(i - 1)) --i;
    if (i == 0) break;
    const std::size_t j = i;
    while (i > 0 && !space(i - 1)) --i;
    pieces.emplace_back(i, j);
  }
  while (i > 0 && space(i - 1)) --i;
  if (i > 0) pieces.emplace_back(0, i);
  std::reverse(pieces.begin(), pieces.end());
  return pieces;
}

// The same at each occurrence of a non-empty separator.
std::vector<std::pair<std::size_t, std::size_t>> split_at(std::string_view data, std::string_view separator,
                                                          std::int64_t maxsplit, bool reverse) {
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  if (!reverse) {
    std::size_t start = 0;
    for (; maxsplit > 0; --maxsplit) {
      const std::size_t found = data.find(separator, start);
      if (found == std::string_view::npos) break;
      pieces.emplace_back(start, found);
      start = found + separator.size();
    }
    pieces.emplace_back(start, data.size());
    return pieces;
  }
  std::size_t end = data.size();
  for (; maxsplit > 0 && end >= separator.size(); --maxsplit) {
    const std::size_t found = data.substr(0, end).rfind(separator);
    if (found == std::string_view::npos) break;
    pieces.emplace_back(found + separator.size(), end);
    end = found;
  }
  pieces.emplace_back(0, end);
  std::reverse(pieces.begin(), pieces.end());
  return pieces;
}

Ref pieces_list(Interpreter& interpreter, Value self, std::string_view data,
                const std::vector<std::pair<std::size_t, std::size_t>>& pieces) {
  Ref list = new_list(interpreter, {});
  std::vector<Value>& items = as_list(list.get())->items;
  for (const auto& [start, end] : pieces) {
    Ref piece = start == 0 && end == data.size() ? same_or_copy(interpreter, self, data)
                                                 : new_bytes_like(interpreter, self, data.substr(start, end - start));
    push(items, std::move(piece));
  }
  return list;
}

Ref split(Interpreter& interpreter, const char* name, bool reverse, Value self, const Value* arguments,
          std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {name, {"sep", "maxsplit"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  std::int64_t maxsplit = -1;
  if (!bound[1].is_null() && !index_argument(interpreter, bound[1], maxsplit)) return Ref();
  if (maxsplit < 0) maxsplit = INT64_MAX;
  const std::string_view data = view_of(interpreter, self);
  if (bound[0].is_null() || bound[0] == interpreter.none())
    return pieces_list(interpreter, self, data, split_whitespace(data, maxsplit, reverse));
  std::string_view separator;
  if (!require_byte_view(interpreter, bound[0], separator)) return Ref();
  if (separator.empty()) return interpreter.raise(interpreter.ValueError_type, "empty separator");
  const std::string copy(separator);  // the separator may be self
  return pieces_list(interpreter, self, data, split_at(data, copy, maxsplit, reverse));
}

Ref method_split(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return split(interpreter, "split", false, self, arguments, count, kwnames);
}
Ref method_rsplit(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return split(interpreter, "rsplit", true, self, arguments, count, kwnames);
}

Ref method_splitlines(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!bind_arguments(interpreter, {"splitlines", {"keepends"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  int keepends = 0;
  if (!bound[0].is_null() && !int_argument(interpreter, bound[0], keepends)) return Ref();
  const std::string_view data = view_of(interpreter, self);
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  for (std::size_t i = 0; i < data.size();) {
    const std::size_t start = i;
    while (i < data.size() && data[i] != '\n' && data[i] != '\r') ++i;
    std::size_t end = i;
    if (i < data.size()) {
      i += data[i] == '\r' && i + 1 < data.size() && data[i + 1] == '\n' ? 2 : 1;
      if (keepends) end = i;
    }
    pieces.emplace_back(start, end);
  }
  return pieces_list(interpreter, self, data, pieces);
}

// ---- join ----

Ref method_join(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, self, "join", count, kwnames)) return Ref();
  const Value* items = nullptr;
  std::size_t size = 0;
  Ref collected = join_items(interpreter, arguments[0], items, size);
  if (!collected) return Ref();
  const std::string separator(view_of(interpreter, self));
  std::string out;
  for (std::size_t i = 0; i < size; ++i) {
    std::string_view piece;
    if (!byte_view(interpreter, items[i], piece))
      return type_error(interpreter, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                         std::string(type_name(interpreter, items[i])) + " found");
    if (i > 0) out += separator;
    out += piece;
  }
  return new_bytes_like(interpreter, self, out);
}

// ---- strip, lstrip, rstrip ----

enum StripSide { strip_left = 1, strip_right = 2, strip_both = 3 };

Ref strip(Interpreter& interpreter, const char* name, StripSide side, Value self, const Value* arguments,
          std::size_t count, Value kwnames) {
  if (!positional(interpreter, self, name, count, kwnames, 0, 1)) return Ref();
  std::array<bool, 256> strippable{};
  std::string_view chars;
  if (count == 0 || arguments[0] == interpreter.none()) {
    for (int c = 0; c < 256; ++c) strippable[c] = is_space(static_cast<unsigned char>(c));
  } else {
    if (!require_byte_view(interpreter, arguments[0], chars)) return Ref();
    for (const char c : chars) strippable[static_cast<unsigned char>(c)] = true;
  }
  const std::string_view data = view_of(interpreter, self);
  std::size_t start = 0, end = data.size();
  if (side & strip_left)
    while (start < end && strippable[static_cast<unsigned char>(data[start])]) ++start;
  if (side & strip_right)
    while (end > start && strippable[static_cast<unsigned char>(data[end - 1])]) --end;
  return same_or_copy(interpreter, self, data.substr(start, end - start));
}

Ref method_strip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "strip", strip_both, self, arguments, count, kwnames);
}
Ref method_lstrip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "lstrip", strip_left, self, arguments, count, kwnames);
}
Ref method_rstrip(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return strip(interpreter, "rstrip", strip_right, self, arguments, count, kwnames);
}

// ---- replace ----

Ref method_replace(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!positional(interpreter, self, "replace", count, kwnames, 2, 3)) return Ref();
  std::string_view old_view, new_view;
  if (!require_byte_view(interpreter, arguments[0], old_view) ||
      !require_byte_view(interpreter, arguments[1], new_view))
    return Ref();
  std::int64_t limit = -1;
  if (count > 2 && !index_argument(interpreter, arguments[2], limit)) return Ref();
  if (limit < 0) limit = INT64_MAX;
  const std::string old_bytes(old_view), new_bytes_text(new_view);
  const std::string_view data = view_of(interpreter, self);
  const auto size = static_cast<std::int64_t>(data.size());
  const std::int64_t occurrences = count_in(data, old_bytes, 0, size, limit);
  if (occurrences == 0) return same_or_copy(interpreter, self, data);
  std::string out;
  if (old_bytes.empty()) {
    // The new bytes go before each byte (and at the end), `limit` times.
    std::int64_t i = 0;
    for (; i < occurrences && i < size; ++i) {
      out += new_bytes_text;
      out += data[static_cast<std::size_t>(i)];
    }
    if (i < occurrences) out += new_bytes_text;
    out += data.substr(static_cast<std::size_t>(i));
    return new_bytes_like(interpreter, self, out);
  }
  std::size_t start = 0;
  for (std::int64_t i = 0; i < occurrences; ++i) {
    const std::size_t found = data.find(old_bytes, start);
    out += data.substr(start, found - start);
    out += new_bytes_text;
    start = found + old_bytes.size();
  }
  out += data.substr(start);
  return new_bytes_like(interpreter, self, out);
}

// ---- ASCII case mapping and predicates ----

enum class CaseChange { Lower, Upper, Swap, Title, Capitalize };

Ref change_case(Interpreter& interpreter, Value self, const char* name, CaseChange change, std::size_t count,
                Value kwnames) {
  if (!no_arguments(interpreter, self, name, count, kwnames)) return Ref();
  std::string out(view_of(interpreter, self));
  bool previous_cased = false;
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto c = static_cast<unsigned char>(out[i]);
    switch (change) {
      case CaseChange::Lower: out[i] = to_lower(c); break;
      case CaseChange::Upper: out[i] = to_upper(c); break;
      case CaseChange::Swap: out[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
      case CaseChange::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
      case CaseChange::Title:
        out[i] = previous_cased ? to_lower(c) : to_upper(c);
        previous_cased = is_alpha(c);
        break;
    }
  }
  return new_bytes_like(interpreter, self, out);
}

#define KRAIT_CASE_METHOD(method, change)                                                                       \
  Ref method_##method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) { \
    return change_case(interpreter, self, #method, CaseChange::change, count, kwnames);                         \
  }
KRAIT_CASE_METHOD(lower, Lower)
KRAIT_CASE_METHOD(upper, Upper)
KRAIT_CASE_METHOD(swapcase, Swap)
KRAIT_CASE_METHOD(title, Title)
KRAIT_CASE_METHOD(capitalize, Capitalize)
#undef KRAIT_CASE_METHOD

// isalpha, isdigit, ...: every byte satisfies `test`, and there is one.
template <bool (*test)(unsigned char)>
bool all_bytes(std::string_view data) {
  return !data.empty() && std::all_of(data.begin(), data.end(), [](char c) { return test(static_cast<unsigned char>(c)); });
}

bool is_ascii_byte(unsigned char c) { return c < 0x80; }

// CPython's _Py_bytes_islower / isupper: some byte of that case, none of
// the other.
template <bool (*wanted)(unsigned char), bool (*other)(unsigned char)>
bool cased_as(std::string_view data) {
  bool cased = false;
  for (const char c : data) {
    if (other(static_cast<unsigned char>(c))) return false;
    cased = cased || wanted(static_cast<unsigned char>(c));
  }
  return cased;
}

// CPython's _Py_bytes_istitle: uppercase only after uncased bytes,
// lowercase only after cased ones, and something cased.
bool is_title(std::string_view data) {
  bool cased = false, previous_cased = false;
  for (const char byte : data) {
    const auto c = static_cast<unsigned char>(byte);
    if (is_upper(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool is_ascii_data(std::string_view data) {
  return std::all_of(data.begin(), data.end(), [](char c) { return is_ascii_byte(static_cast<unsigned char>(c)); });
}

#define KRAIT_PREDICATE_METHOD(method, test)                                                                    \
  Ref method_##method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) { \
    if (!no_arguments(interpreter, self, #method, count, kwnames)) return Ref();                               \
    return interpreter.new_boolean(test(view_of(interpreter, self)));                                           \
  }
KRAIT_PREDICATE_METHOD(isalnum, all_bytes<is_alnum>)
KRAIT_PREDICATE_METHOD(isalpha, all_bytes<is_alpha>)
KRAIT_PREDICATE_METHOD(isdigit, all_bytes<is_digit>)
KRAIT_PREDICATE_METHOD(isspace, all_bytes<is_space>)
KRAIT_PREDICATE_METHOD(isascii, is_ascii_data)
KRAIT_PREDICATE_METHOD(islower, (cased_as<is_lower, is_upper>))
KRAIT_PREDICATE_METHOD(isupper, (cased_as<is_upper, is_lower>))
KRAIT_PREDICATE_METHOD(istitle, is_title)
#undef KRAIT_PREDICATE_METHOD

// ---- Padding ----

// The fill byte argument of center, ljust and rjust: a bytes or bytearray
// of length one.
bool fill_argument(Interpreter& interpreter, const char* name, const Value* arguments, std::size_t count, char& fill) {
  fill = ' ';
  if (count < 2) return true;
  std::string_view view;
  const Value value = arguments[1];
  if ((is_bytes(interpreter, value) || is_bytearray(interpreter, value)) && byte_view(interpreter, value, view) &&
      view.size() == 1) {
    fill = view[0];
    return true;
  }
  interpreter.set_exception(interpreter.TypeError_type, std::string(name) +
                                                            "() argument 2 must be a byte string of length 1, not " +
                                                            std::string(type_name(interpreter, value)));
  return false;
}

Ref pad(Interpreter& interpreter, Value self, std::int64_t left, std::int64_t right, char fill) {
  const std::string_view data = view_of(interpreter, self);
  std::string out(static_cast<std::size_t>(left), fill);
  out += data;
  out.append(static_cast<std::size_t>(right), fill);
  return new_bytes_like(interpreter, self, out);
}

Ref justify(Interpreter& interpreter, const char* name, Justify how, Value self, const Value* arguments,
            std::size_t count, Value kwnames) {
  if (!positional(interpreter, self, name, count, kwnames, 1, 2)) return Ref();
  std::int64_t width = 0;
  char fill = ' ';
  if (!index_argument(interpreter, arguments[0], width) || !fill_argument(interpreter, name, arguments, count, fill))
    return Ref();
  const std::int64_t margin = width - size_of(interpreter, self);
  if (margin <= 0) return same_or_copy(interpreter, self, view_of(interpreter, self));
  const Padding padding = justify_padding(how, margin, width);
  return pad(interpreter, self, padding.left, padding.right, fill);
}

Ref method_ljust(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "ljust", Justify::Left, self, arguments, count, kwnames);
}
Ref method_rjust(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "rjust", Justify::Right, self, arguments, count, kwnames);
}
Ref method_center(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return justify(interpreter, "center", Justify::Center, self, arguments, count, kwnames);
}

Ref method_zfill(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, self, "zfill", count, kwnames)) return Ref();
  std::int64_t width = 0;
  if (!index_argument(interpreter, arguments[0], width)) return Ref();
  const std::string_view data = view_of(interpreter, self);
  const std::int64_t fill = width - static_cast<std::int64_t>(data.size());
  if (fill <= 0) return same_or_copy(interpreter, self, data);
  std::string out(static_cast<std::size_t>(fill), '0');
  out += data;
  // The zeros go after a leading sign.
  if (!data.empty() && (data[0] == '+' || data[0] == '-')) {
    out[0] = data[0];
    out[static_cast<std::size_t>(fill)] = '0';
  }
  return new_bytes_like(interpreter, self, out);
}

Ref method_expandtabs(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[1];
  if (!bind_arguments(interpreter, {"expandtabs", {"tabsize"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  int tabsize = 8;
  if (!bound[0].is_null() && !int_argument(interpreter, bound[0], tabsize)) return Ref();
  std::string out;
  std::int64_t column = 0;
  for (const char c : view_of(interpreter, self)) {
    if (c == '\t') {
      if (tabsize > 0) {
        const std::int64_t spaces = tabsize - column % tabsize;
        out.append(static_cast<std::size_t>(spaces), ' ');
        column += spaces;
      }
    } else {
      out += c;
      column = c == '\n' || c == '\r' ? 0 : column + 1;
    }
  }
  return new_bytes_like(interpreter, self, out);
}

// ---- partition, rpartition, removeprefix, removesuffix ----

Ref partition(Interpreter& interpreter, const char* name, bool reverse, Value self, const Value* arguments,
              std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, self, name, count, kwnames)) return Ref();
  std::string_view separator;
  if (!require_byte_view(interpreter, arguments[0], separator)) return Ref();
  if (separator.empty()) return interpreter.raise(interpreter.ValueError_type, "empty separator");
  const std::string_view data = view_of(interpreter, self);
  const std::size_t found = reverse ? data.rfind(separator) : data.find(separator);
  // bytes hands back the separator object itself; bytearray a new one.
  Ref middle = is_array(interpreter, self) ? new_bytes_like(interpreter, self, separator) : Ref::borrow(arguments[0]);
  Ref parts[3];
  if (found == std::string_view::npos) {
    parts[reverse ? 2 : 0] = same_or_copy(interpreter, self, data);
    parts[1] = new_bytes_like(interpreter, self, "");
    parts[reverse ? 0 : 2] = new_bytes_like(interpreter, self, "");
  } else {
    parts[0] = new_bytes_like(interpreter, self, data.substr(0, found));
    parts[1] = std::move(middle);
    parts[2] = new_bytes_like(interpreter, self, data.substr(found + separator.size()));
  }
  const Value items[3] = {parts[0].get(), parts[1].get(), parts[2].get()};
  return new_tuple(interpreter, items);
}

Ref method_partition(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return partition(interpreter, "partition", false, self, arguments, count, kwnames);
}
Ref method_rpartition(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  return partition(interpreter, "rpartition", true, self, arguments, count, kwnames);
}

Ref remove_affix(Interpreter& interpreter, const char* name, bool suffix, Value self, const Value* arguments,
                 std::size_t count, Value kwnames) {
  if (!one_argument(interpreter, self, name, count, kwnames)) return Ref();
  std::string_view affix;
  if (!require_byte_view(interpreter, arguments[0], affix)) return Ref();
  std::string_view data = view_of(interpreter, self);
  if (!affix.empty() && data.size() >= affix.size()) {
    if (suffix && data.substr(data.size() - affix.size()) == affix)
      data.remove_suffix(affix.size());
    else if (!suffix && data.substr(0, affix.size()) == affix)
      data.remove_prefix(affix.size());
  }
  return same_or_copy(interpreter, self, data);
}

Ref method_removeprefix(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  return remove_affix(interpreter, "removeprefix", false, self, arguments, count, kwnames);
}
Ref method_removesuffix(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  return remove_affix(interpreter, "removesuffix", true, self, arguments, count, kwnames);
}

// ---- translate, maketrans ----

Ref method_translate(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"translate", {"table", "delete"}, 1, 0, 1}, arguments, count, kwnames, bound))
    return Ref();
  std::string_view table, deleted;
  const bool has_table = bound[0] != interpreter.none();
  if (has_table) {
    if (!require_byte_view(interpreter, bound[0], table)) return Ref();
    if (table.size() != 256)
      return interpreter.raise(interpreter.ValueError_type, "translation table must be 256 characters long");
  }
  if (!bound[1].is_null() && !require_byte_view(interpreter, bound[1], deleted)) return Ref();
  std::array<bool, 256> drop{};
  for (const char c : deleted) drop[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (const char c : view_of(interpreter, self)) {
    const auto byte = static_cast<unsigned char>(c);
    if (!drop[byte]) out += has_table ? table[byte] : c;
  }
  return new_bytes_like(interpreter, self, out);
}

// bytes.maketrans(frm, to): a static method.
Ref bytes_maketrans(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!reject_keywords(interpreter, "maketrans", kwnames) || !check_positional(interpreter, "maketrans", count, 2, 2))
    return Ref();
  std::string_view from, to;
  if (!require_byte_view(interpreter, arguments[0], from) || !require_byte_view(interpreter, arguments[1], to))
    return Ref();
  if (from.size() != to.size())
    return interpreter.raise(interpreter.ValueError_type, "maketrans arguments must have same length");
  std::string table(256, '\0');
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = static_cast<char>(c);
  for (std::size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return new_bytes(interpreter, table);
}

// ---- hex, fromhex, decode ----

}  // namespace

// CPython's _Py_strhex_impl: two hex digits a byte, with `separator`
// between groups of |per_group| bytes counted from the right (positive) or
// the left (negative).
std::string hex_text(std::string_view data, char separator, int per_group) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  const std::size_t group = per_group < 0 ? static_cast<std::size_t>(-static_cast<std::int64_t>(per_group))
                                          : static_cast<std::size_t>(per_group);
  for (std::size_t i = 0; i < data.size(); ++i) {
    // Bytes before a separator: i counted from the end or the start.
    const std::size_t position = per_group > 0 ? data.size() - i : i;
    if (i > 0 && per_group != 0 && position % group == 0) out += separator;
    const auto byte = static_cast<unsigned char>(data[i]);
    out += digits[byte >> 4];
    out += digits[byte & 0xF];
  }
  return out;
}

bool hex_separator_arguments(Interpreter& interpreter, Value sep, Value bytes_per_sep, bool bytes_result,
                             char& separator, int& per_group) {
  per_group = 1;
  if (!bytes_per_sep.is_null() && !int_argument(interpreter, bytes_per_sep, per_group)) return false;
  separator = 0;
  if (sep.is_null()) {
    per_group = 0;
    return true;
  }
  Ref size = length(interpreter, sep);
  if (!size) return false;
  if (size.get() != Value::small_int(1)) {
    interpreter.set_exception(interpreter.ValueError_type, "sep must be length 1.");
    return false;
  }
  char32_t c = 0;
  if (is_str(interpreter, sep)) {
    c = as_str(sep)->at(0);
  } else if (is_bytes(interpreter, sep)) {
    c = static_cast<unsigned char>(as_bytes(sep)->data()[0]);
  } else {
    interpreter.set_exception(interpreter.TypeError_type, "sep must be str or bytes.");
    return false;
  }
  // A str result needs an ASCII separator; a bytes result takes any
  // one-byte character.
  if (c > (bytes_result ? 255 : 127)) {
    interpreter.set_exception(interpreter.ValueError_type, "sep must be ASCII.");
    return false;
  }
  separator = static_cast<char>(c);
  return true;
}

namespace {

Ref method_hex(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"hex", {"sep", "bytes_per_sep"}, 0, 0, 0}, arguments, count, kwnames, bound))
    return Ref();
  char separator = 0;
  int per_group = 0;
  if (!hex_separator_arguments(interpreter, bound[0], bound[1], false, separator, per_group)) return Ref();
  return new_str(interpreter, hex_text(view_of(interpreter, self), separator, per_group));
}

// bytes.fromhex / bytearray.fromhex (CPython's _PyBytes_FromHex): pairs of
// hex digits, whitespace allowed between pairs.
Ref from_hex(Interpreter& interpreter, bool array, const Value* arguments, std::size_t count, Value kwnames) {
  if (!check_one_argument(interpreter, array ? "bytearray.fromhex" : "bytes.fromhex", count, kwnames)) return Ref();
  if (!is_str(interpreter, arguments[0]))
    return type_error(interpreter, "fromhex() argument must be str, not " + argument_type_name(interpreter, arguments[0]));
  const StrObject* text = as_str(arguments[0]);
  auto invalid = [&](std::int64_t position) {
    return interpreter.raise(interpreter.ValueError_type,
                             "non-hexadecimal number found in fromhex() arg at position " + std::to_string(position));
  };
  if (!text->ascii) {
    std::int64_t first = 0;
    while (text->at(first) < 0x80) ++first;
    return invalid(first);
  }
  const std::string_view digits = str_utf8(arguments[0]);
  auto value = [](char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return 16;
  };
  std::string out;
  for (std::size_t i = 0; i < digits.size();) {
    if (is_space(static_cast<unsigned char>(digits[i]))) {
      ++i;
      continue;
    }
    const int high = value(digits[i]);
    if (high >= 16) return invalid(static_cast<std::int64_t>(i));
    const int low = i + 1 < digits.size() ? value(digits[i + 1]) : 16;
    if (low >= 16) return invalid(static_cast<std::int64_t>(i + 1));
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return array ? new_bytearray(interpreter, out) : new_bytes(interpreter, out);
}

Ref bytes_fromhex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return from_hex(interpreter, false, arguments, count, kwnames);
}
Ref bytearray_fromhex(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  return from_hex(interpreter, true, arguments, count, kwnames);
}

Ref method_decode(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  std::string_view encoding, errors;
  if (!bind_codec_arguments(interpreter, "decode", arguments, count, kwnames, encoding, errors)) return Ref();
  return decode_bytes(interpreter, view_of(interpreter, self), encoding, errors);
}

// ---- Iteration ----

std::int64_t access_length(Value self) { return size_of(*self.as_object()->type->interpreter, self); }

Ref access_item(Interpreter& interpreter, Value self, std::int64_t index) {
  return Ref::small_int(static_cast<unsigned char>(view_of(interpreter, self)[static_cast<std::size_t>(index)]));
}

Ref access_slice(Interpreter& interpreter, Value self, const SliceBounds& bounds) {
  const std::string_view data = view_of(interpreter, self);
  if (bounds.step == 1)
    return new_bytes_like(interpreter, self,
                          data.substr(static_cast<std::size_t>(bounds.start), static_cast<std::size_t>(bounds.count)));
  std::string out;
  out.reserve(static_cast<std::size_t>(bounds.count));
  for (std::int64_t i = 0, at = bounds.start; i < bounds.count; ++i, at += bounds.step)
    out += data[static_cast<std::size_t>(at)];
  return new_bytes_like(interpreter, self, out);
}

constexpr SequenceAccess byte_access{"bytes", &access_length, &access_item, &access_slice};

}  // namespace

bool byte_view(const Interpreter& interpreter, Value value, std::string_view& out) {
  if (is_bytes(interpreter, value)) {
    out = as_bytes(value)->view();
    return true;
  }
  if (is_bytearray(interpreter, value)) {
    out = as_bytearray(value)->bytes;
    return true;
  }
  if (is_memoryview(interpreter, value)) return memoryview_contiguous_bytes(as_memoryview(value), out);
  return false;
}

bool require_byte_view(Interpreter& interpreter, Value value, std::string_view& out) {
  if (byte_view(interpreter, value, out)) return true;
  interpreter.set_exception(interpreter.TypeError_type,
                            "a bytes-like object is required, not " + quoted_type_name(interpreter, value));
  return false;
}

Ref new_bytes_like(Interpreter& interpreter, Value like, std::string_view data) {
  return is_array(interpreter, like) ? new_bytearray(interpreter, data) : new_bytes(interpreter, data);
}

std::string bytes_repr_text(std::string_view data, bool array) {
  // Single quotes unless the bytes hold one and no double quote.
  const bool double_quotes = data.find('\'') != std::string_view::npos && data.find('"') == std::string_view::npos;
  const char quote = double_quotes ? '"' : '\'';
  static constexpr char digits[] = "0123456789abcdef";
  std::string out = "b";
  out += quote;
  for (const char byte : data) {
    const auto c = static_cast<unsigned char>(byte);
    if (c == static_cast<unsigned char>(quote) || c == '\\' || (array && c == '\'')) {
      out += '\\';
      out += byte;
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7F) {
      out += "\\x";
      out += digits[c >> 4];
      out += digits[c & 0xF];
    } else {
      out += byte;
    }
  }
  out += quote;
  return out;
}

int byte_argument(Interpreter& interpreter, Value value) {
  std::int64_t byte = 0;
  if (is_int(interpreter, value)) {
    if (!int_to_int64(interpreter, value, byte)) byte = -1;
  } else if (!index_argument(interpreter, value, byte)) {
    if (!is_subtype(type_of(interpreter, interpreter.exception()), interpreter.OverflowError_type)) return -1;
    Ref discarded = interpreter.take_exception();
    byte = -1;
  }
  if (byte < 0 || byte > 255) {
    interpreter.set_exception(interpreter.ValueError_type, "byte must be in range(0, 256)");
    return -1;
  }
  return static_cast<int>(byte);
}

bool bytes_from_iterable(Interpreter& interpreter, Value iterable, const char* range_error, std::string& out) {
  Ref iterator = get_iterator(interpreter, iterable);
  if (!iterator) return false;
  while (Ref item = iterator_next(interpreter, iterator.get())) {
    const int byte = byte_argument(interpreter, item.get());
    if (byte < 0) {
      if (is_subtype(type_of(interpreter, interpreter.exception()), interpreter.ValueError_type)) {
        Ref discarded = interpreter.take_exception();
        interpreter.set_exception(interpreter.ValueError_type, range_error);
      }
      return false;
    }
    out += static_cast<char>(byte);
  }
  return !interpreter.has_exception();
}

Ref bytes_like_compare(Interpreter& interpreter, Value left, Value right, CompareOp op) {
  std::string_view a, b;
  if (!byte_view(interpreter, left, a) || !byte_view(interpreter, right, b))
    return Ref::borrow(interpreter.not_implemented());
  return interpreter.new_boolean(compare_ordered(a.compare(b), 0, op));
}

// CPython's _Py_bytes_contains: an integer is a byte, else a bytes-like
// sub-sequence.
int bytes_like_contains(Interpreter& interpreter, Value self, Value item) {
  if (is_int(interpreter, item) || !lookup_special(interpreter, item, interpreter.names.dunder_index).is_null()) {
    const int byte = byte_argument(interpreter, item);
    if (byte < 0) return -1;
    return view_of(interpreter, self).find(static_cast<char>(byte)) != std::string_view::npos;
  }
  std::string_view sub;
  if (!require_byte_view(interpreter, item, sub)) return -1;
  return view_of(interpreter, self).find(sub) != std::string_view::npos;
}

Ref bytes_like_subscript(Interpreter& interpreter, Value self, Value key) {
  const bool array = is_array(interpreter, self);
  if (is_slice(interpreter, key)) return sequence_subscript(interpreter, self, key, byte_access);
  Ref index_value = subscript_index(interpreter, key);
  if (!index_value) {
    if (interpreter.has_exception()) return Ref();
    return type_error(interpreter, std::string(array ? "bytearray" : "byte") +
                                       " indices must be integers or slices, not " +
                                       std::string(type_name(interpreter, key)));
  }
  std::int64_t index = 0;
  if (!sequence_index(interpreter, index_value.get(), size_of(interpreter, self), array ? "bytearray" : "", index)) {
    if (!array && is_subtype(type_of(interpreter, interpreter.exception()), interpreter.IndexError_type)) {
      Ref discarded = interpreter.take_exception();
      interpreter.set_exception(interpreter.IndexError_type, "index out of range");
    }
    return Ref();
  }
  return access_item(interpreter, self, index);
}

Ref bytes_like_concatenate(Interpreter& interpreter, Value left, Value right) {
  std::string_view a, b;
  if (!byte_view(interpreter, right, b))
    return type_error(interpreter, "can't concat " + std::string(type_name(interpreter, right)) + " to " +
                                       std::string(type_name(interpreter, left)));
  byte_view(interpreter, left, a);
  std::string out;
  out.reserve(a.size() + b.size());
  out += a;
  out += b;
  return new_bytes_like(interpreter, left, out);
}

Ref bytes_like_repeat(Interpreter& interpreter, Value self, std::int64_t count) {
  const std::string_view data = view_of(interpreter, self);
  std::int64_t size = 0;
  if (!repeat_size(interpreter, static_cast<std::int64_t>(data.size()), count, size)) return Ref();
  if (size == static_cast<std::int64_t>(data.size())) return same_or_copy(interpreter, self, data);
  std::string out;
  out.reserve(static_cast<std::size_t>(size));
  for (std::int64_t i = 0; i < count; ++i) out += data;
  return new_bytes_like(interpreter, self, out);
}

Ref bytes_like_length(Interpreter& interpreter, Value self) { return new_int(interpreter, size_of(interpreter, self)); }

int bytes_like_truth(Interpreter& interpreter, Value self) { return size_of(interpreter, self) != 0; }

Ref bytes_like_iterator(Interpreter& interpreter, Type* type, Value self) {
  return new_sequence_iterator(interpreter, type, self, byte_access);
}

void add_bytes_like_methods(Interpreter& interpreter, Type* type) {
  add_methods(interpreter, type,
              {
                  {"find", &method_find},
                  {"rfind", &method_rfind},
                  {"index", &method_index},
                  {"rindex", &method_rindex},
                  {"count", &method_count},
                  {"startswith", &method_startswith},
                  {"endswith", &method_endswith},
                  {"split", &method_split},
                  {"rsplit", &method_rsplit},
                  {"splitlines", &method_splitlines},
                  {"join", &method_join},
                  {"strip", &method_strip},
                  {"lstrip", &method_lstrip},
                  {"rstrip", &method_rstrip},
                  {"replace", &method_replace},
                  {"lower", &method_lower},
                  {"upper", &method_upper},
                  {"swapcase", &method_swapcase},
                  {"title", &method_title},
                  {"capitalize", &method_capitalize},
                  {"isalnum", &method_isalnum},
                  {"isalpha", &method_isalpha},
                  {"isascii", &method_isascii},
                  {"isdigit", &method_isdigit},
                  {"islower", &method_islower},
                  {"isupper", &method_isupper},
                  {"isspace", &method_isspace},
                  {"istitle", &method_istitle},
                  {"ljust", &method_ljust},
                  {"rjust", &method_rjust},
                  {"center", &method_center},
                  {"zfill", &method_zfill},
                  {"expandtabs", &method_expandtabs},
                  {"partition", &method_partition},
                  {"rpartition", &method_rpartition},
                  {"removeprefix", &method_removeprefix},
                  {"removesuffix", &method_removesuffix},
                  {"translate", &method_translate},
                  {"hex", &method_hex},
                  {"decode", &method_decode},
              });
  // Static methods: plain builtin functions in the namespace are not
  // descriptors, so bytes.fromhex and b"".fromhex call them alike.
  const bool array = type == interpreter.bytearray_type;
  Ref maketrans = new_builtin_function(interpreter, "maketrans", &bytes_maketrans);
  dict_set_str(interpreter, type->dict.get(), interpreter.intern("maketrans"), maketrans.get());
  Ref fromhex = new_builtin_function(interpreter, "fromhex", array ? &bytearray_fromhex : &bytes_fromhex);
  dict_set_str(interpreter, type->dict.get(), interpreter.intern("fromhex"), fromhex.get());
}

}  // namespace krait::runtime

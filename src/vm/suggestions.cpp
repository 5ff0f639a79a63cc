// VM stage: suggestions of similar names for errors, as CPython 3.11's
// Python/suggestions.c chooses them: a Levenshtein distance over UTF-8
// bytes where a case change costs less than other edits, among at most 750
// candidates, the closest within a third of the characters involved.
#include "vm/suggestions.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "compiler/code_object.h"
#include "objects/dict_object.h"
#include "objects/exception_fields.h"
#include "objects/exception_object.h"
#include "objects/list_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/operations.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr std::size_t max_candidates = 750;
constexpr std::size_t max_string_size = 40;
constexpr std::size_t move_cost = 2;
constexpr std::size_t case_cost = 1;

std::size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return move_cost;
  if (a == b) return 0;
  if ('A' <= a && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if ('A' <= b && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? case_cost : move_cost;
}

// The distance from `a` to `b`, or max_cost + 1 when it is larger.
std::size_t levenshtein_distance(std::string_view a, std::string_view b, std::size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * move_cost;
  if (a.size() > max_string_size || b.size() > max_string_size) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * move_cost > max_cost) return max_cost + 1;
  std::size_t buffer[max_string_size];
  for (std::size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * move_cost;
  std::size_t result = 0;
  for (std::size_t b_index = 0; b_index < b.size(); ++b_index) {
    std::size_t distance = result = b_index * move_cost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t index = 0; index < a.size(); ++index) {
      const std::size_t substitute = distance + substitution_cost(b[b_index], a[index]);
      distance = buffer[index];
      result = std::min(std::min(result, distance) + move_cost, substitute);
      buffer[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The candidate closest to `name` (a str), or null.
Value closest(const std::vector<Value>& candidates, Value name) {
  if (candidates.size() >= max_candidates) return Value();
  const std::string_view wanted = runtime::str_utf8(name);
  Value suggestion;
  std::size_t suggestion_distance = SIZE_MAX;
  for (Value item : candidates) {
    const std::string_view text = runtime::str_utf8(item);
    if (text == wanted) continue;
    // No more than a third of the characters involved should need changing.
    std::size_t max_distance = (wanted.size() + text.size() + 3) * move_cost / 6;
    max_distance = std::min(max_distance, suggestion_distance - 1);
    const std::size_t distance = levenshtein_distance(wanted, text, max_distance);
    if (distance > max_distance) continue;
    if (suggestion.is_null() || distance < suggestion_distance) {
      suggestion = item;
      suggestion_distance = distance;
    }
  }
  return suggestion;
}

// The str keys of a dict, in order.
std::vector<Value> keys_of(Interpreter& interpreter, Value dict) {
  std::vector<Value> keys;
  std::size_t position = 0;
  Value key;
  Value value;
  while (runtime::dict_next(dict, position, key, value))
    if (runtime::is_str(interpreter, key)) keys.push_back(key);
  return keys;
}

Ref suggest_attribute(Interpreter& interpreter, Value exception) {
  const Value name = runtime::attribute_error_name(interpreter, exception);
  const Value object = runtime::attribute_error_object(interpreter, exception);
  if (name == interpreter.none() || object == interpreter.none() ||
      runtime::type_of(interpreter, name) != interpreter.str_type)
    return Ref();
  const Value dir = runtime::dict_get_str(interpreter.builtins(), interpreter.intern("dir"));
  if (dir.is_null()) return Ref();
  Ref names = runtime::call(interpreter, dir, &object, 1);
  if (!names || runtime::type_of(interpreter, names.get()) != interpreter.list_type) return Ref();
  std::vector<Value> candidates;
  for (Value item : runtime::as_list(names.get())->items)
    if (runtime::is_str(interpreter, item)) candidates.push_back(item);
  const Value found = closest(candidates, name);
  return found.is_null() ? Ref() : Ref::borrow(found);
}

Ref suggest_name(Interpreter& interpreter, Value exception) {
  const Value name = runtime::name_error_name(interpreter, exception);
  const runtime::ExceptionObject* object = runtime::as_exception(exception);
  if (name == interpreter.none() || runtime::type_of(interpreter, name) != interpreter.str_type ||
      object->traceback.empty())
    return Ref();
  // The frame where the name was missing: the traceback's innermost.
  const runtime::ExceptionObject::TracebackEntry& entry = object->traceback.front();
  Value found = closest(compiler::as_code(entry.code.get())->variable_names(), name);
  if (found.is_null() && entry.globals) found = closest(keys_of(interpreter, entry.globals.get()), name);
  if (found.is_null()) found = closest(keys_of(interpreter, interpreter.builtins()), name);
  return found.is_null() ? Ref() : Ref::borrow(found);
}

}  // namespace

std::string suggestion_text(Interpreter& interpreter, Value exception) {
  const runtime::Type* type = runtime::type_of(interpreter, exception);
  Ref suggestion;
  if (type == interpreter.AttributeError_type)
    suggestion = suggest_attribute(interpreter, exception);
  else if (type == interpreter.NameError_type)
    suggestion = suggest_name(interpreter, exception);
  if (!suggestion) {
    if (interpreter.has_exception()) Ref ignored = interpreter.take_exception();
    return "";
  }
  return ". Did you mean: '" + std::string(runtime::str_utf8(suggestion.get())) + "'?";
}

}  // namespace krait::vm

// VM stage: suggestions for AttributeError and NameError (see
// suggestions.h), CPython's algorithm step for step: a Levenshtein distance
// over the UTF-8 bytes where a case change costs half a move, at most a
// third of the characters changed, the first of the closest candidates.
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
#include "objects/list_sort.h"
#include "objects/slot_wrappers.h"
#include "objects/str_object.h"
#include "runtime/operations.h"
#include "vm/caches.h"

namespace krait::vm {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

constexpr std::size_t max_candidate_items = 750;
constexpr std::size_t max_string_size = 40;
constexpr std::size_t move_cost = 2;
constexpr std::size_t case_cost = 1;

std::size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return move_cost;
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? case_cost : move_cost;
}

// levenshtein_distance: more than `max_cost` when it is.
std::size_t distance(std::string_view a, std::string_view b, std::size_t max_cost) {
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
  std::size_t row[max_string_size];
  for (std::size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * move_cost;
  std::size_t result = 0;
  for (std::size_t b_index = 0; b_index < b.size(); ++b_index) {
    std::size_t previous = result = b_index * move_cost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t index = 0; index < a.size(); ++index) {
      const std::size_t substitute = previous + substitution_cost(b[b_index], a[index]);
      previous = row[index];
      result = std::min(std::min(result, previous) + move_cost, substitute);
      row[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// calculate_suggestions: the candidate closest to `name`, or "".
std::string closest(Interpreter& interpreter, const std::vector<Value>& candidates, std::string_view name) {
  if (candidates.size() >= max_candidate_items) return "";
  std::size_t best_distance = SIZE_MAX;
  std::string_view best;
  bool found = false;
  for (Value candidate : candidates) {
    if (!runtime::is_str(interpreter, candidate)) return "";
    const std::string_view text = runtime::str_utf8(candidate);
    if (text == name) continue;
    std::size_t max_distance = (name.size() + text.size() + 3) * move_cost / 6;
    if (found) max_distance = std::min(max_distance, best_distance - 1);
    const std::size_t current = distance(name, text, max_distance);
    if (current > max_distance) continue;
    if (!found || current < best_distance) {
      best = text;
      best_distance = current;
      found = true;
    }
  }
  return std::string(best);
}

std::vector<Value> dict_keys(Value dict) {
  std::vector<Value> keys;
  std::size_t position = 0;
  Value key, value;
  while (runtime::dict_next(dict, position, key, value)) keys.push_back(key);
  return keys;
}

std::string for_attribute(Interpreter& interpreter, Value object, std::string_view name) {
  bool found = true;
  Ref names = runtime::call_special(interpreter, object, interpreter.names.dunder_dir, nullptr, 0, found);
  if (!found || !names) return "";
  Ref list = runtime::new_list(interpreter, {});
  if (!runtime::list_extend(interpreter, list.get(), names.get()) ||
      !runtime::list_sort(interpreter, list.get(), Value(), false))
    return "";
  return closest(interpreter, runtime::as_list(list.get())->items, name);
}

std::string for_name(Interpreter& interpreter, Value exception, Value globals, std::string_view name) {
  const auto& traceback = runtime::as_exception(exception)->traceback;
  if (traceback.empty() || !runtime::is_dict(interpreter, globals)) return "";
  std::vector<Value> variables;
  const std::vector<Ref> names = compiler::variable_names(*compiler::as_code(traceback.front().code.get()));
  for (const Ref& variable : names) variables.push_back(variable.get());
  std::string suggestion = closest(interpreter, variables, name);
  if (suggestion.empty()) suggestion = closest(interpreter, dict_keys(globals), name);
  if (suggestion.empty()) suggestion = closest(interpreter, dict_keys(builtins_of(interpreter, globals)), name);
  return suggestion;
}

}  // namespace

std::string offer_suggestion(Interpreter& interpreter, Value exception) {
  Value name, where;
  if (!runtime::error_context(interpreter, exception, name, where)) return "";
  const bool attribute = runtime::is_subtype(runtime::type_of(interpreter, exception), interpreter.AttributeError_type);
  std::string suggestion = attribute ? for_attribute(interpreter, where, runtime::str_utf8(name))
                                     : for_name(interpreter, exception, where, runtime::str_utf8(name));
  if (interpreter.has_exception()) Ref ignored = interpreter.take_exception();
  return suggestion;
}

}  // namespace krait::vm

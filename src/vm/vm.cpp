// VM stage: the dispatch loop. Frames are windows of the interpreter's
// register stack: a call's arguments are already in place as the callee's
// first registers (the callee sits just below them), so a Python-to-Python
// call allocates nothing. Dispatch is computed goto where the compiler has
// labels as values, a switch elsewhere.
#include "vm/vm.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <span>
#include <vector>

#include "compiler/code_object.h"
#include "objects/cell_object.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/function_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/range_object.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/operations.h"

namespace krait::vm {
namespace {

using compiler::CodeObject;
using compiler::Instruction;
using compiler::Opcode;
using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// Computed goto needs GCC's labels as values; KRAIT_SWITCH_DISPATCH forces
// the portable switch (to test it).
#if defined(__GNUC__) && !defined(KRAIT_SWITCH_DISPATCH)
#define KRAIT_COMPUTED_GOTO 1
#else
#define KRAIT_COMPUTED_GOTO 0
#endif

struct Frame {
  CodeObject* code;
  Value globals;        // borrowed: held by the function or the caller
  Value* registers;     // the window; registers[-1] holds the callee itself
  const Instruction* pc;
};

// Stores an owned reference into a register, releasing the old one.
inline void store(Value& slot, Value owned) {
  Value old = slot;
  slot = owned;
  runtime::decref(old);
}

void clear_window(Value* registers, int count) {
  for (int i = 0; i < count; ++i) store(registers[i], Value());
}

// Small-int fast paths: true with `out` set when the result is exact.
template <runtime::BinaryOperator op>
inline bool small_int_binary(std::int64_t a, std::int64_t b, std::int64_t& out) {
  using runtime::BinaryOperator;
  if constexpr (op == BinaryOperator::ADD) return !__builtin_add_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::SUBTRACT) return !__builtin_sub_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::MULTIPLY) return !__builtin_mul_overflow(a, b, &out) && Value::fits_small_int(out);
  if constexpr (op == BinaryOperator::FLOOR_DIVIDE || op == BinaryOperator::REMAINDER) {
    if (b <= 0 || a < 0) return false;  // signs and zero: the general path
    out = op == BinaryOperator::FLOOR_DIVIDE ? a / b : a % b;
    return true;
  }
  // Bitwise results of small ints are small ints.
  if constexpr (op == BinaryOperator::AND) return out = a & b, true;
  if constexpr (op == BinaryOperator::XOR) return out = a ^ b, true;
  if constexpr (op == BinaryOperator::OR) return out = a | b, true;
  if constexpr (op == BinaryOperator::RIGHT_SHIFT) {
    if (b < 0 || b > 63) return false;
    out = a >> b;
    return true;
  }
  if constexpr (op == BinaryOperator::LEFT_SHIFT) {
    if (b < 0 || b > 62 || ((a << b) >> b) != a) return false;
    out = a << b;
    return Value::fits_small_int(out);
  }
  return false;
}

template <runtime::CompareOp op>
inline bool small_int_compare(std::int64_t a, std::int64_t b) {
  using runtime::CompareOp;
  if constexpr (op == CompareOp::Lt) return a < b;
  if constexpr (op == CompareOp::Le) return a <= b;
  if constexpr (op == CompareOp::Eq) return a == b;
  if constexpr (op == CompareOp::Ne) return a != b;
  if constexpr (op == CompareOp::Gt) return a > b;
  if constexpr (op == CompareOp::Ge) return a >= b;
}

void raise_unbound(Interpreter& interpreter, const CodeObject* code, int index) {
  interpreter.set_exception(interpreter.UnboundLocalError_type,
                           "cannot access local variable '" + std::string(runtime::str_utf8(code->local_names[index].get())) +
                               "' where it is not associated with a value");
}

// "f() missing 2 required positional arguments: 'a' and 'b'" and friends.
void raise_arity(Interpreter& interpreter, const CodeObject* code, int given, int defaults) {
  const std::string name(runtime::str_utf8(code->qualname.get()));
  const int parameters = code->parameter_count;
  if (given > parameters) {
    const int required = parameters - defaults;
    std::string expected = defaults ? "from " + std::to_string(required) + " to " + std::to_string(parameters)
                                    : std::to_string(parameters);
    interpreter.set_exception(interpreter.TypeError_type,
                              name + "() takes " + expected + " positional argument" +
                                  (parameters == 1 && !defaults ? "" : "s") + " but " + std::to_string(given) +
                                  (given == 1 ? " was" : " were") + " given");
    return;
  }
  std::vector<std::string> missing;
  for (int i = given; i < parameters - defaults; ++i)
    missing.push_back(runtime::str_repr_text(code->local_names[i].get()));
  std::string list;
  for (std::size_t i = 0; i < missing.size(); ++i) {
    if (i > 0) list += missing.size() > 2 ? ", " : " ";
    if (i > 0 && i + 1 == missing.size()) list += "and ";
    list += missing[i];
  }
  interpreter.set_exception(interpreter.TypeError_type, name + "() missing " + std::to_string(missing.size()) +
                                                           " required positional argument" +
                                                           (missing.size() == 1 ? "" : "s") + ": " + list);
}

}  // namespace

Ref run_module(Interpreter& interpreter, Value code_value, Value globals) {
  std::vector<Frame> frames;
  frames.reserve(64);
  CodeObject* code = compiler::as_code(code_value);
  Value* registers = interpreter.register_base() + 1;
  const Instruction* pc = code->instructions.data();
  frames.push_back({code, globals, registers, pc});
  ++interpreter.frame_depth;
  Instruction instruction = 0;
  Ref result;
  std::vector<Ref> unpacked;  // reused by every unpacking that needs an iterator

#define A compiler::operand_a(instruction)
#define B compiler::operand_b(instruction)
#define C compiler::operand_c(instruction)
#define R(n) registers[n]
// Reads a register that may be an unbound local.
#define CHECKED(n)                                                             \
  ([&]() -> Value {                                                           \
    Value value_ = registers[n];                                               \
    if (value_.is_null()) raise_unbound(interpreter, code, n);                 \
    return value_;                                                             \
  }())
#define STORE_RESULT(target, expression) \
  do {                                    \
    Ref result_ = (expression);           \
    if (!result_) goto error;             \
    store(R(target), result_.release());  \
  } while (0)

#if KRAIT_COMPUTED_GOTO
  static void* const dispatch_table[] = {
#define KRAIT_OPCODE(name, format, comment) &&op_##name,
#include "compiler/opcodes.def"
#undef KRAIT_OPCODE
  };
#define HANDLER(name) op_##name:
#define DISPATCH()                                      \
  do {                                                  \
    instruction = *pc++;                                \
    goto* dispatch_table[instruction & 0xFF];           \
  } while (0)
  DISPATCH();
#else
#define HANDLER(name) case Opcode::name:
#define DISPATCH() goto dispatch
dispatch:
  instruction = *pc++;
  switch (compiler::opcode_of(instruction)) {
#endif

  HANDLER(NOP) { DISPATCH(); }
  HANDLER(MOVE) {
    Value value = R(B);
    if (value.is_null()) {
      raise_unbound(interpreter, code, B);
      goto error;
    }
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(LOAD_CONST) {
    Value value = code->constants[compiler::operand_bx(instruction)].get();
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(LOAD_INT) {
    store(R(A), Value::small_int(compiler::operand_sbx(instruction)));
    DISPATCH();
  }
  HANDLER(LOAD_GLOBAL) {
    const Value name = code->names[compiler::operand_bx(instruction)].get();
    Value value = runtime::dict_get_str(frames.back().globals, name);
    if (value.is_null()) value = runtime::dict_get_str(interpreter.builtins(), name);
    if (value.is_null()) {
      interpreter.set_exception(interpreter.NameError_type, "name '" + std::string(runtime::str_utf8(name)) + "' is not defined");
      goto error;
    }
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(STORE_GLOBAL) {
    const Value value = CHECKED(A);
    if (value.is_null()) goto error;
    runtime::dict_set_str(interpreter, frames.back().globals, code->names[compiler::operand_bx(instruction)].get(), value);
    DISPATCH();
  }

#define KRAIT_BINARY_HANDLER(Name, in_place)                                                          \
  {                                                                                                   \
    const Value left = R(B), right = R(C);                                                            \
    std::int64_t value_;                                                                              \
    if (left.is_small_int() && right.is_small_int() &&                                                \
        small_int_binary<runtime::BinaryOperator::Name>(left.as_small_int(), right.as_small_int(), value_)) { \
      store(R(A), Value::small_int(value_));                                                          \
      DISPATCH();                                                                                     \
    }                                                                                                 \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;                                     \
    STORE_RESULT(A, runtime::binary_operation(interpreter, runtime::BinaryOperator::Name, left, right, in_place)); \
    DISPATCH();                                                                                       \
  }
#define KRAIT_BINARY_OPERATOR(Name, slot, symbol, ast) \
  HANDLER(BINARY_##Name) KRAIT_BINARY_HANDLER(Name, false) HANDLER(INPLACE_##Name) KRAIT_BINARY_HANDLER(Name, true)
#include "objects/binary_operators.def"
#undef KRAIT_BINARY_OPERATOR

#define KRAIT_COMPARE_HANDLER(Name, Op)                                                              \
  HANDLER(COMPARE_##Name) {                                                                          \
    const Value left = R(B), right = R(C);                                                           \
    if (left.is_small_int() && right.is_small_int()) {                                               \
      store(R(A), interpreter.new_boolean(small_int_compare<runtime::CompareOp::Op>(left.as_small_int(), \
                                                                                    right.as_small_int())).release()); \
      DISPATCH();                                                                                    \
    }                                                                                                \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;                                    \
    STORE_RESULT(A, runtime::compare(interpreter, left, right, runtime::CompareOp::Op));             \
    DISPATCH();                                                                                      \
  }
  KRAIT_COMPARE_HANDLER(LT, Lt)
  KRAIT_COMPARE_HANDLER(LE, Le)
  KRAIT_COMPARE_HANDLER(EQ, Eq)
  KRAIT_COMPARE_HANDLER(NE, Ne)
  KRAIT_COMPARE_HANDLER(GT, Gt)
  KRAIT_COMPARE_HANDLER(GE, Ge)

  HANDLER(IS) {
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    store(R(A), interpreter.new_boolean(R(B) == R(C)).release());
    DISPATCH();
  }
  HANDLER(IS_NOT) {
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    store(R(A), interpreter.new_boolean(R(B) != R(C)).release());
    DISPATCH();
  }
#define KRAIT_UNARY_HANDLER(Name, Operator)                                              \
  HANDLER(Name) {                                                                        \
    const Value operand = CHECKED(B);                                                    \
    if (operand.is_null()) goto error;                                                   \
    STORE_RESULT(A, runtime::unary_operation(interpreter, runtime::UnaryOperator::Operator, operand)); \
    DISPATCH();                                                                          \
  }
  KRAIT_UNARY_HANDLER(NEGATE, Negative)
  KRAIT_UNARY_HANDLER(POSITIVE, Positive)
  KRAIT_UNARY_HANDLER(INVERT, Invert)
  HANDLER(NOT) {
    const Value operand = CHECKED(B);
    if (operand.is_null()) goto error;
    const int truth = runtime::truth(interpreter, operand);
    if (truth < 0) goto error;
    store(R(A), interpreter.new_boolean(!truth).release());
    DISPATCH();
  }
#define KRAIT_CONTAINS_HANDLER(Name, when_found)                          \
  HANDLER(Name) {                                                         \
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;         \
    const int found = runtime::contains(interpreter, R(C), R(B));         \
    if (found < 0) goto error;                                            \
    store(R(A), interpreter.new_boolean(found == when_found).release());  \
    DISPATCH();                                                           \
  }
  KRAIT_CONTAINS_HANDLER(CONTAINS, 1)
  KRAIT_CONTAINS_HANDLER(NOT_CONTAINS, 0)
  HANDLER(BUILD_TUPLE) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_tuple(interpreter, std::span<const Value>(&R(B), C)).release());
    DISPATCH();
  }
  HANDLER(BUILD_LIST) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_list(interpreter, std::span<const Value>(&R(B), C)).release());
    DISPATCH();
  }
  HANDLER(LIST_APPEND) {
    const Value item = CHECKED(B);
    if (item.is_null()) goto error;
    runtime::list_append(R(A), item);
    DISPATCH();
  }
  HANDLER(LIST_EXTEND) {
    const Value iterable = CHECKED(B);
    if (iterable.is_null()) goto error;
    if (!runtime::type_of(interpreter, iterable)->iter) {
      interpreter.set_exception(interpreter.TypeError_type, "Value after * must be an iterable, not " +
                                                                std::string(runtime::type_name(interpreter, iterable)));
      goto error;
    }
    if (!runtime::list_extend(interpreter, R(A), iterable)) goto error;
    DISPATCH();
  }
  HANDLER(LIST_TO_TUPLE) {
    store(R(A), runtime::new_tuple(interpreter, runtime::as_list(R(B))->items).release());
    DISPATCH();
  }
  HANDLER(BUILD_SLICE) {
    for (int i = 0; i < C; ++i)
      if (CHECKED(B + i).is_null()) goto error;
    store(R(A), runtime::new_slice(interpreter, R(B), R(B + 1), C == 3 ? R(B + 2) : interpreter.none()).release());
    DISPATCH();
  }
  HANDLER(GET_ITEM) {
    const Value container = R(B), key = R(C);
    if (key.is_small_int() && container.is_object() && container.as_object()->type == interpreter.list_type) {
      // Reading a list at an int index in range: no call.
      const std::vector<Value>& items = runtime::as_list(container)->items;
      std::int64_t index = key.as_small_int();
      if (index < 0) index += static_cast<std::int64_t>(items.size());
      if (index >= 0 && index < static_cast<std::int64_t>(items.size())) {
        runtime::incref(items[index]);
        store(R(A), items[index]);
        DISPATCH();
      }
    }
    if (CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    STORE_RESULT(A, runtime::get_item(interpreter, container, key));
    DISPATCH();
  }
  HANDLER(SET_ITEM) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null() || CHECKED(C).is_null()) goto error;
    if (!runtime::set_item(interpreter, R(A), R(B), R(C))) goto error;
    DISPATCH();
  }
  HANDLER(DELETE_ITEM) {
    if (CHECKED(A).is_null() || CHECKED(B).is_null()) goto error;
    if (!runtime::set_item(interpreter, R(A), R(B), Value())) goto error;
    DISPATCH();
  }
  HANDLER(UNPACK_SEQUENCE) {
    const Value source = CHECKED(B);
    if (source.is_null()) goto error;
    const int count = C;
    if (source.is_object() && (source.as_object()->type == interpreter.tuple_type ||
                                source.as_object()->type == interpreter.list_type)) {
      // A tuple or list of the right size unpacks without an iterator.
      const std::span<const Value> items =
          source.as_object()->type == interpreter.tuple_type
              ? std::span<const Value>(runtime::as_tuple(source)->items(), runtime::as_tuple(source)->size)
              : std::span<const Value>(runtime::as_list(source)->items);
      if (items.size() == static_cast<std::size_t>(count)) {
        // The targets are temporaries apart from R[B], which keeps the
        // source and so its items alive while they are stored.
        for (int i = 0; i < count; ++i) {
          runtime::incref(items[i]);
          store(R(A + i), items[i]);
        }
        DISPATCH();
      }
    }
    if (!runtime::unpack(interpreter, source, count, false, 0, unpacked)) goto error;
    for (int i = 0; i < count; ++i) store(R(A + i), unpacked[i].release());
    DISPATCH();
  }
  HANDLER(UNPACK_EX) {
    const Value source = CHECKED(A);
    if (source.is_null()) goto error;
    if (!runtime::unpack(interpreter, source, B, true, C, unpacked)) goto error;
    for (int i = 0; i <= B + C; ++i) store(R(A + i), unpacked[i].release());
    DISPATCH();
  }
  HANDLER(JUMP) {
    pc += compiler::operand_sj(instruction);
    DISPATCH();
  }
#define KRAIT_CONDITIONAL_JUMP(Name, jump_when)                           \
  HANDLER(Name) {                                                         \
    const Value value = R(A);                                             \
    int truth;                                                            \
    if (value == interpreter.boolean(true)) {                             \
      truth = 1;                                                          \
    } else if (value == interpreter.boolean(false)) {                     \
      truth = 0;                                                          \
    } else if (value.is_small_int()) {                                    \
      truth = value.as_small_int() != 0;                                  \
    } else {                                                              \
      if (CHECKED(A).is_null()) goto error;                               \
      truth = runtime::truth(interpreter, value);                         \
      if (truth < 0) goto error;                                          \
    }                                                                     \
    if (truth == jump_when) pc += compiler::operand_sbx(instruction);     \
    DISPATCH();                                                           \
  }
  KRAIT_CONDITIONAL_JUMP(JUMP_IF_FALSE, 0)
  KRAIT_CONDITIONAL_JUMP(JUMP_IF_TRUE, 1)
  HANDLER(GET_ITER) {
    const Value iterable = CHECKED(B);
    if (iterable.is_null()) goto error;
    STORE_RESULT(A, runtime::get_iterator(interpreter, iterable));
    DISPATCH();
  }
  HANDLER(FOR_ITER) {
    const Value iterator = R(A);
    // The next item, owned, or null once the iterator is exhausted. Handlers
    // hold owned values as raw Values, never Refs, across DISPATCH(): an
    // indirect goto cannot run destructors (clang rejects it, GCC would skip
    // them).
    Value item;
    if (iterator.as_object()->type == interpreter.range_iterator_type) {
      // Stepping a range inline: no call, no allocation for small ints.
      auto* range = static_cast<runtime::RangeIterator*>(iterator.as_object());
      if (range->remaining > 0) {
        --range->remaining;
        item = runtime::new_int(interpreter, range->next).release();
        range->next = static_cast<std::int64_t>(static_cast<std::uint64_t>(range->next) +
                                                static_cast<std::uint64_t>(range->step));
      }
    } else {
      item = runtime::iterator_next(interpreter, iterator).release();
    }
    if (item.is_null()) {
      if (interpreter.has_exception()) goto error;
    } else {
      store(R(B), item);
      ++pc;  // over the loop's exit jump
    }
    DISPATCH();
  }
  HANDLER(CALL) {
    const Value callee = R(A);
    const int count = B;
    if (callee.is_object() && callee.as_object()->type == interpreter.function_type) {
      auto* function = static_cast<runtime::FunctionObject*>(callee.as_object());
      CodeObject* callee_code = compiler::as_code(function->code.get());
      const int defaults = static_cast<int>(function->defaults.size());
      if (count > callee_code->parameter_count || count < callee_code->parameter_count - defaults) {
        raise_arity(interpreter, callee_code, count, defaults);
        goto error;
      }
      if (interpreter.frame_depth >= interpreter.recursion_limit) {
        interpreter.set_exception(interpreter.RecursionError_type, "maximum recursion depth exceeded");
        goto error;
      }
      Value* window = &R(A + 1);
      for (int i = count; i < callee_code->parameter_count; ++i) {
        const Value value = function->defaults[i - (callee_code->parameter_count - defaults)].get();
        runtime::incref(value);
        store(window[i], value);
      }
      // Locals start unbound (temporaries are written before they are read).
      for (int i = callee_code->parameter_count; i < callee_code->local_count; ++i) store(window[i], Value());
      frames.back().pc = pc;
      frames.push_back({callee_code, function->globals.get(), window, nullptr});
      ++interpreter.frame_depth;
      code = callee_code;
      registers = window;
      pc = code->instructions.data();
      DISPATCH();
    }
    const Value result = runtime::call(interpreter, callee, &R(A + 1), static_cast<std::size_t>(count), Value()).release();
    clear_window(&R(A + 1), count);
    if (result.is_null()) goto error;
    store(R(A), result);
    DISPATCH();
  }
  HANDLER(MAKE_FUNCTION) {
    const Value function_code = code->constants[compiler::operand_bx(instruction)].get();
    const CodeObject* inner = compiler::as_code(function_code);
    store(R(A), runtime::new_function(interpreter, function_code, frames.back().globals, inner->name.get(),
                                      inner->qualname.get())
                    .release());
    DISPATCH();
  }
  HANDLER(SET_DEFAULTS) {
    auto* function = static_cast<runtime::FunctionObject*>(R(A).as_object());
    for (int i = 0; i < C; ++i) {
      const Value value = CHECKED(B + i);
      if (value.is_null()) goto error;
      function->defaults.push_back(Ref::borrow(value));
    }
    DISPATCH();
  }
  HANDLER(MAKE_CELL) {
    // The register's value (a parameter's argument, or null) moves into the cell.
    R(A) = runtime::new_cell(interpreter, R(A)).release();
    DISPATCH();
  }
  HANDLER(COPY_FREE_VARS) {
    // The running function sits just below its window.
    auto* function = static_cast<runtime::FunctionObject*>(registers[-1].as_object());
    const Value* cells = runtime::as_tuple(function->closure.get())->items();
    for (int i = 0; i < B; ++i) {
      runtime::incref(cells[i]);
      store(R(A + i), cells[i]);
    }
    DISPATCH();
  }
  HANDLER(LOAD_DEREF) {
    const Value value = runtime::as_cell(R(B))->contents;
    if (value.is_null()) {
      const std::string name(runtime::str_utf8(code->local_names[B].get()));
      if (B >= code->local_count - static_cast<int>(code->free_names.size())) {
        interpreter.set_exception(interpreter.NameError_type, "cannot access free variable '" + name +
                                                                  "' where it is not associated with a value in enclosing scope");
      } else {
        raise_unbound(interpreter, code, B);
      }
      goto error;
    }
    runtime::incref(value);
    store(R(A), value);
    DISPATCH();
  }
  HANDLER(STORE_DEREF) {
    const Value value = CHECKED(B);
    if (value.is_null()) goto error;
    runtime::incref(value);
    runtime::cell_set(R(A), value);
    DISPATCH();
  }
  HANDLER(SET_CLOSURE) {
    auto* function = static_cast<runtime::FunctionObject*>(R(A).as_object());
    function->closure = runtime::new_tuple(interpreter, std::span<const Value>(&R(B), C));
    DISPATCH();
  }
  HANDLER(RETURN) {
    const Value value = CHECKED(A);
    if (value.is_null()) goto error;
    result = Ref::borrow(value);
    goto return_from_frame;
  }
  HANDLER(RETURN_NONE) {
    result = interpreter.new_none();
    goto return_from_frame;
  }

#if !KRAIT_COMPUTED_GOTO
  }
#endif

return_from_frame:
  clear_window(registers, code->register_count);
  --interpreter.frame_depth;
  frames.pop_back();
  if (frames.empty()) return result;
  // The callee sat just below its window; its register takes the result.
  store(registers[-1], result.release());
  code = frames.back().code;
  registers = frames.back().registers;
  pc = frames.back().pc;
  DISPATCH();

error:
  // Unwind: record each frame in the traceback as the exception leaves it.
  for (;;) {
    auto* exception = static_cast<runtime::ExceptionObject*>(interpreter.exception().as_object());
    const auto index = static_cast<std::size_t>(pc - code->instructions.data()) - 1;
    exception->traceback.push_back({Ref::borrow(Value::object(code)), code->line_of(index)});
    clear_window(registers, code->register_count);
    --interpreter.frame_depth;
    frames.pop_back();
    if (frames.empty()) return Ref();
    code = frames.back().code;
    registers = frames.back().registers;
    pc = frames.back().pc;
  }

#undef A
#undef B
#undef C
#undef R
#undef CHECKED
#undef STORE_RESULT
#undef HANDLER
#undef DISPATCH
}

std::string format_exception(Interpreter& interpreter, Value exception_value) {
  auto* exception = static_cast<runtime::ExceptionObject*>(exception_value.as_object());
  std::string out;
  std::map<std::string, std::vector<std::string>> files;  // as linecache: read once
  auto source_line = [&](const std::string& filename, int line) -> std::string {
    auto found = files.find(filename);
    if (found == files.end()) {
      std::vector<std::string> lines;
      std::ifstream in(filename, std::ios::binary);
      for (std::string text; in && std::getline(in, text);) lines.push_back(text);
      found = files.emplace(filename, std::move(lines)).first;
    }
    if (line < 1 || static_cast<std::size_t>(line) > found->second.size()) return "";
    std::string text = found->second[line - 1];
    const std::size_t start = text.find_first_not_of(" \t\f\r");
    const std::size_t end = text.find_last_not_of(" \t\f\r\n");
    return start == std::string::npos ? "" : text.substr(start, end - start + 1);
  };
  if (!exception->traceback.empty()) out += "Traceback (most recent call last):\n";
  // CPython shows a run of identical entries three times, then a count.
  std::string previous;
  int repeats = 0;
  auto flush_repeats = [&] {
    if (repeats > 3)
      out += "  [Previous line repeated " + std::to_string(repeats - 3) + " more time" + (repeats - 3 == 1 ? "" : "s") + "]\n";
  };
  for (auto entry = exception->traceback.rbegin(); entry != exception->traceback.rend(); ++entry) {
    const CodeObject* code = compiler::as_code(entry->code.get());
    const std::string filename(runtime::str_utf8(code->filename.get()));
    std::string text = "  File \"" + filename + "\", line " + std::to_string(entry->line) + ", in " +
                       std::string(runtime::str_utf8(code->name.get())) + "\n";
    if (filename.empty() || filename[0] != '<') {
      const std::string line = source_line(filename, entry->line);
      if (!line.empty()) text += "    " + line + "\n";
    }
    if (text == previous) {
      if (++repeats > 3) continue;
    } else {
      flush_repeats();
      previous = text;
      repeats = 1;
    }
    out += text;
  }
  flush_repeats();
  out += exception->type->name;
  Ref message = runtime::str(interpreter, exception_value);
  const std::string_view text = message ? runtime::str_utf8(message.get()) : std::string_view();
  if (!text.empty()) {
    out += ": ";
    out += text;
  }
  return out + "\n";
}

}  // namespace krait::vm

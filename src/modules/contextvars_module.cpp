// Native modules: _contextvars (CPython's Python/context.c, PEP 567):
// ContextVar, Token, Context and copy_context, which contextvars re-exports
// and asyncio runs every callback under. A Context maps ContextVars to
// values; the interpreter's current one (created empty on first use) is
// what ContextVar.get and set read and change, and Context.run makes another
// current for the length of a call. CPython keeps a context's mapping in an
// immutable HAMT, so copying is O(1); here each context owns a dict, copied
// on copy_context() and Context.copy(), which the small mappings programs
// keep make cheap enough.
#include <string>

#include "modules/module_types.h"
#include "objects/dict_object.h"
#include "objects/exception_object.h"
#include "objects/generic_alias_object.h"
#include "objects/hash.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "objects/descriptor_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Object;
using runtime::Ref;
using runtime::Value;

struct ContextObject : Object {
  Ref vars;      // a dict: ContextVar -> value
  Ref previous;  // while entered: the context current before it (may be null)
  bool entered = false;
  template <class F>
  void for_fields(F&& f) {
    f(vars);
    f(previous);
  }
};

struct ContextVarObject : Object {
  Ref name;
  Ref fallback;  // the default, or null
  template <class F>
  void for_fields(F&& f) {
    f(name);
    f(fallback);
  }
};

struct TokenObject : Object {
  Ref context, var;
  Ref old_value;  // Token.MISSING when the variable had no value
  bool used = false;
  template <class F>
  void for_fields(F&& f) {
    f(context);
    f(var);
    f(old_value);
  }
};

ContextObject* as_context(Value value) { return static_cast<ContextObject*>(value.as_object()); }
ContextVarObject* as_var(Value value) { return static_cast<ContextVarObject*>(value.as_object()); }
TokenObject* as_token(Value value) { return static_cast<TokenObject*>(value.as_object()); }

Ref new_context(Interpreter& interpreter, Ref vars) {
  auto* context = runtime::gc_new<ContextObject>(interpreter, interpreter.proc_modules.context_type);
  context->vars = std::move(vars);
  return Ref::steal(Value::object(context));
}

// The current context, made (empty) the first time it is asked for.
Value current_context(Interpreter& interpreter) {
  Ref& current = interpreter.proc_modules.current_context;
  if (!current) current = new_context(interpreter, runtime::new_dict(interpreter));
  return current.get();
}

// A context whose variables are a copy of `context`'s.
Ref copy_of(Interpreter& interpreter, Value context) {
  return new_context(interpreter, runtime::dict_copy(interpreter, as_context(context)->vars.get()));
}

// ---------------------------------------------------------------------------
// Context

Ref context_construct(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (count != 0 || !kwnames.is_null())
    return interpreter.raise(interpreter.TypeError_type, "Context() does not accept any arguments");
  return new_context(interpreter, runtime::new_dict(interpreter));
}

// The ContextVar a context is indexed by: TypeError otherwise.
bool check_var_key(Interpreter& interpreter, Value key) {
  if (runtime::type_of(interpreter, key) == interpreter.proc_modules.context_var_type) return true;
  Ref shown = runtime::repr(interpreter, key);
  if (shown)
    interpreter.set_exception(interpreter.TypeError_type,
                              "a ContextVar key was expected, got " + std::string(runtime::str_utf8(shown.get())));
  return false;
}

Ref context_subscript(Interpreter& interpreter, Value self, Value key) {
  if (!check_var_key(interpreter, key)) return Ref();
  Value found;
  const int result = runtime::dict_lookup(interpreter, as_context(self)->vars.get(), key, found);
  if (result < 0) return Ref();
  if (result == 0) return runtime::raise_key_error(interpreter, key);
  return Ref::borrow(found);
}

int context_contains(Interpreter& interpreter, Value self, Value key) {
  if (!check_var_key(interpreter, key)) return -1;
  Value found;
  return runtime::dict_lookup(interpreter, as_context(self)->vars.get(), key, found);
}

Ref context_length(Interpreter& interpreter, Value self) {
  return runtime::length(interpreter, as_context(self)->vars.get());
}

// Iteration reads a snapshot, as iterating CPython's immutable mapping does.
Ref context_iter(Interpreter& interpreter, Value self) {
  Ref snapshot = runtime::dict_copy(interpreter, as_context(self)->vars.get());
  return runtime::get_iterator(interpreter, snapshot.get());
}

Ref context_compare(Interpreter& interpreter, Value left, Value right, runtime::CompareOp op) {
  const runtime::Type* type = interpreter.proc_modules.context_type;
  if ((op != runtime::CompareOp::Eq && op != runtime::CompareOp::Ne) || runtime::type_of(interpreter, right) != type)
    return Ref::borrow(interpreter.not_implemented());
  return runtime::compare(interpreter, as_context(left)->vars.get(), as_context(right)->vars.get(), op);
}

// get(key, default=None, /)
Ref context_get(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get", kwnames) ||
      !runtime::check_argument_count(interpreter, "get", count, 1, 2) || !check_var_key(interpreter, arguments[0]))
    return Ref();
  Value found;
  const int result = runtime::dict_lookup(interpreter, as_context(self)->vars.get(), arguments[0], found);
  if (result < 0) return Ref();
  if (result == 0) return Ref::borrow(count == 2 ? arguments[1] : interpreter.none());
  return Ref::borrow(found);
}

// keys(), values(), items(): views of a snapshot of the mapping.
template <const char* view>
Ref context_view(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, view, count, kwnames)) return Ref();
  Ref snapshot = runtime::dict_copy(interpreter, as_context(self)->vars.get());
  return runtime::call_method(interpreter, snapshot.get(), interpreter.intern(view), nullptr, 0);
}
constexpr char keys_name[] = "keys";
constexpr char values_name[] = "values";
constexpr char items_name[] = "items";

Ref context_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy", count, kwnames)) return Ref();
  return copy_of(interpreter, self);
}

// run(callable, /, *args, **kwargs): the call with this context current.
Ref context_run(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (count == 0) return interpreter.raise(interpreter.TypeError_type, "run() missing 1 required positional argument");
  ContextObject* context = as_context(self);
  if (context->entered) {
    Ref shown = runtime::repr(interpreter, self);
    if (!shown) return Ref();
    return interpreter.raise(interpreter.RuntimeError_type,
                             "cannot enter context: " + std::string(runtime::str_utf8(shown.get())) + " is already entered");
  }
  Ref& current = interpreter.proc_modules.current_context;
  context->previous = std::move(current);
  context->entered = true;
  current = Ref::borrow(self);
  Ref result = runtime::call(interpreter, arguments[0], arguments + 1, count - 1, kwnames);
  current = std::move(context->previous);
  context->entered = false;
  return result;
}

Ref context_repr(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, "<_contextvars.Context object at " + runtime::address_text(as_context(self)) + ">");
}

// ---------------------------------------------------------------------------
// ContextVar

// ContextVar(name, *, default=<no default>)
Ref var_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[2];
  // PyArg_ParseTupleAndKeywords's wording: "exactly" for too few, "at most" for too many.
  if (count != 1)
    return interpreter.raise(interpreter.TypeError_type, std::string("ContextVar() takes ") +
                                                             (count == 0 ? "exactly" : "at most") +
                                                             " 1 positional argument (" + std::to_string(count) + " given)");
  if (!runtime::bind_arguments(interpreter, {"ContextVar", {"name", "default"}, 0, 1, 1}, arguments, count, kwnames,
                               bound))
    return Ref();
  if (!runtime::is_str(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "context variable name must be a str");
  auto* var = runtime::gc_new<ContextVarObject>(interpreter, interpreter.proc_modules.context_var_type);
  var->name = Ref::borrow(bound[0]);
  if (!bound[1].is_null()) var->fallback = Ref::borrow(bound[1]);
  return Ref::steal(Value::object(var));
}

// get(default=<none>, /): the value in the current context, else the
// default given, else the variable's default, else LookupError(var).
Ref var_get(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "get", kwnames) ||
      !runtime::check_argument_count(interpreter, "get", count, 0, 1))
    return Ref();
  Value found;
  const int result = runtime::dict_lookup(interpreter, as_context(current_context(interpreter))->vars.get(), self, found);
  if (result < 0) return Ref();
  if (result > 0) return Ref::borrow(found);
  if (count == 1) return Ref::borrow(arguments[0]);
  if (const Ref& fallback = as_var(self)->fallback) return Ref::borrow(fallback.get());
  Ref error = runtime::call(interpreter, Value::object(interpreter.LookupError_type), &self, 1);
  if (error) interpreter.raise_object(std::move(error));
  return Ref();
}

Ref var_set(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "set", count, kwnames)) return Ref();
  const Value context = current_context(interpreter);
  const Value vars = as_context(context)->vars.get();
  Value old;
  const int result = runtime::dict_lookup(interpreter, vars, self, old);
  if (result < 0) return Ref();
  auto* token = runtime::gc_new<TokenObject>(interpreter, interpreter.proc_modules.token_type);
  Ref owned = Ref::steal(Value::object(token));
  token->context = Ref::borrow(context);
  token->var = Ref::borrow(self);
  token->old_value = Ref::borrow(result > 0 ? old : interpreter.proc_modules.token_missing.get());
  if (!runtime::dict_set_item(interpreter, vars, self, arguments[0])) return Ref();
  return owned;
}

// Raises `type` with "<token repr> <what>".
Ref token_error(Interpreter& interpreter, runtime::Type* type, Value token, const char* what) {
  Ref shown = runtime::repr(interpreter, token);
  if (!shown) return Ref();
  return interpreter.raise(type, std::string(runtime::str_utf8(shown.get())) + " " + what);
}

Ref var_reset(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "reset", count, kwnames)) return Ref();
  const Value value = arguments[0];
  if (runtime::type_of(interpreter, value) != interpreter.proc_modules.token_type) {
    Ref shown = runtime::repr(interpreter, value);
    if (!shown) return Ref();
    return interpreter.raise(interpreter.TypeError_type,
                             "expected an instance of Token, got " + std::string(runtime::str_utf8(shown.get())));
  }
  TokenObject* token = as_token(value);
  if (token->used) return token_error(interpreter, interpreter.RuntimeError_type, value, "has already been used once");
  if (token->var.get() != self)
    return token_error(interpreter, interpreter.ValueError_type, value, "was created by a different ContextVar");
  const Value context = current_context(interpreter);
  if (token->context.get() != context)
    return token_error(interpreter, interpreter.ValueError_type, value, "was created in a different Context");
  token->used = true;
  const Value vars = as_context(context)->vars.get();
  if (token->old_value.get() == interpreter.proc_modules.token_missing.get()) {
    if (runtime::dict_delete_item(interpreter, vars, self) < 0) return Ref();
  } else if (!runtime::dict_set_item(interpreter, vars, self, token->old_value.get())) {
    return Ref();
  }
  return interpreter.new_none();
}

Ref var_repr(Interpreter& interpreter, Value self) {
  const ContextVarObject* var = as_var(self);
  Ref name = runtime::repr(interpreter, var->name.get());
  if (!name) return Ref();
  std::string text = "<ContextVar name=" + std::string(runtime::str_utf8(name.get()));
  if (var->fallback) {
    Ref fallback = runtime::repr(interpreter, var->fallback.get());
    if (!fallback) return Ref();
    text += " default=" + std::string(runtime::str_utf8(fallback.get()));
  }
  return runtime::new_str(interpreter, text + " at " + runtime::address_text(var) + ">");
}

Ref var_name(Interpreter&, Value self) { return Ref::borrow(as_var(self)->name.get()); }
// name is a read-only member in CPython, with a member's error.
int read_only_member(Interpreter& interpreter, Value, Value) {
  interpreter.set_exception(interpreter.AttributeError_type, "readonly attribute");
  return -1;
}

// ---------------------------------------------------------------------------
// Token

Ref token_construct(Interpreter& interpreter, Value, const Value*, std::size_t, Value) {
  return interpreter.raise(interpreter.RuntimeError_type, "Tokens can only be created by ContextVars");
}

Ref token_repr(Interpreter& interpreter, Value self) {
  const TokenObject* token = as_token(self);
  Ref var = runtime::repr(interpreter, token->var.get());
  if (!var) return Ref();
  return runtime::new_str(interpreter, std::string("<Token") + (token->used ? " used" : "") + " var=" +
                                           std::string(runtime::str_utf8(var.get())) + " at " +
                                           runtime::address_text(token) + ">");
}

Ref token_var(Interpreter&, Value self) { return Ref::borrow(as_token(self)->var.get()); }
Ref token_old_value(Interpreter&, Value self) { return Ref::borrow(as_token(self)->old_value.get()); }

// Token.MISSING: a marker whose repr is <Token.MISSING>.
Ref missing_repr(Interpreter& interpreter, Value) { return runtime::new_str(interpreter, "<Token.MISSING>"); }
void delete_marker(Interpreter&, Object* object) { delete object; }

// ---------------------------------------------------------------------------
// The module

Ref contextvars_copy_context(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy_context", count, kwnames)) return Ref();
  return copy_of(interpreter, current_context(interpreter));
}

// A native type over layout T that classes cannot derive from.
template <class T>
runtime::Type* final_type(Interpreter& interpreter, const char* name, runtime::CallSlot construct) {
  runtime::Type* type = new_container_type<T>(interpreter, name);
  type->subclassable = false;
  type->construct = construct;
  return type;
}

void create_contextvars_types(Interpreter& interpreter) {
  auto& state = interpreter.proc_modules;
  if (state.context_type) return;
  runtime::Type* context = final_type<ContextObject>(interpreter, "_contextvars.Context", &context_construct);
  context->repr = &context_repr;
  context->subscript = &context_subscript;
  context->contains = &context_contains;
  context->length = &context_length;
  context->iter = &context_iter;
  context->compare = &context_compare;
  context->hash = &runtime::hash_not_implemented;
  runtime::add_methods(interpreter, context,
                       {{"run", &context_run},
                        {"copy", &context_copy},
                        {"get", &context_get},
                        {"keys", &context_view<keys_name>},
                        {"values", &context_view<values_name>},
                        {"items", &context_view<items_name>}});
  runtime::ready_native_type(interpreter, context);
  state.context_type = context;

  runtime::Type* var = final_type<ContextVarObject>(interpreter, "_contextvars.ContextVar", &var_construct);
  var->repr = &var_repr;
  runtime::add_methods(interpreter, var, {{"get", &var_get}, {"set", &var_set}, {"reset", &var_reset}});
  runtime::add_class_methods(interpreter, var, {{"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_getsets(interpreter, var, {{"name", &var_name, &read_only_member}});
  runtime::ready_native_type(interpreter, var);
  state.context_var_type = var;

  runtime::Type* token = final_type<TokenObject>(interpreter, "_contextvars.Token", &token_construct);
  token->repr = &token_repr;
  runtime::add_class_methods(interpreter, token, {{"__class_getitem__", &runtime::generic_class_getitem}});
  runtime::add_getsets(interpreter, token, {{"var", &token_var}, {"old_value", &token_old_value}});
  // Token.MISSING: the only instance of a small private type.
  runtime::Type* missing = runtime::new_native_type(interpreter, "Token.MISSING", interpreter.object_type);
  missing->repr = &missing_repr;
  missing->deallocate = &delete_marker;
  runtime::ready_native_type(interpreter, missing);
  auto* marker = new Object;
  marker->type = missing;
  state.token_missing = Ref::steal(Value::object(marker));
  runtime::dict_set_str(interpreter, token->dict.get(), interpreter.intern("MISSING"), state.token_missing.get());
  runtime::ready_native_type(interpreter, token);
  state.token_type = token;
}

}  // namespace

Ref create_contextvars_module(Interpreter& interpreter) {
  create_contextvars_types(interpreter);
  Ref module = runtime::new_module(interpreter, "_contextvars");
  const Value contextvars = module.get();
  runtime::add_module_functions(interpreter, contextvars, {{"copy_context", &contextvars_copy_context}});
  const auto& state = interpreter.proc_modules;
  runtime::module_set(interpreter, contextvars, "Context", Value::object(state.context_type));
  runtime::module_set(interpreter, contextvars, "ContextVar", Value::object(state.context_var_type));
  runtime::module_set(interpreter, contextvars, "Token", Value::object(state.token_type));
  return module;
}

}  // namespace krait::modules

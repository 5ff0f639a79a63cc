// Objects: memoryview (see memoryview_object.h). Items are read and written
// as CPython's struct module packs them natively (little-endian, native
// sizes), the formats memoryview.cast accepts.
#include "objects/memoryview_object.h"

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

#include "objects/bytearray_object.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/float_object.h"
#include "objects/int_object.h"
#include "objects/iterator_object.h"
#include "objects/list_object.h"
#include "objects/sequence.h"
#include "objects/slice_object.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

enum class ItemKind { Signed, Unsigned, Char, Bool, Float };

struct ItemFormat {
  char code;
  int size;
  ItemKind kind;
};

// The native formats of CPython's memoryview (struct's '@' mode on a 64-bit
// little-endian machine).
constexpr ItemFormat item_formats[] = {
    {'b', 1, ItemKind::Signed},   {'B', 1, ItemKind::Unsigned}, {'c', 1, ItemKind::Char},
    {'?', 1, ItemKind::Bool},     {'h', 2, ItemKind::Signed},   {'H', 2, ItemKind::Unsigned},
    {'i', 4, ItemKind::Signed},   {'I', 4, ItemKind::Unsigned}, {'l', 8, ItemKind::Signed},
    {'L', 8, ItemKind::Unsigned}, {'q', 8, ItemKind::Signed},   {'Q', 8, ItemKind::Unsigned},
    {'n', 8, ItemKind::Signed},   {'N', 8, ItemKind::Unsigned}, {'f', 4, ItemKind::Float},
    {'d', 8, ItemKind::Float},
};

const ItemFormat* find_format(char code) {
  for (const ItemFormat& format : item_formats)
    if (format.code == code) return &format;
  return nullptr;
}

const ItemFormat& format_of(const MemoryViewObject* view) { return *find_format(view->format); }

bool released(const MemoryViewObject* view) { return !view->object; }

// Every operation but release() and repr() fails on a released view.
bool check_released(Interpreter& interpreter, Value self) {
  if (!released(as_memoryview(self))) return true;
  interpreter.set_exception(interpreter.ValueError_type, "operation forbidden on released memoryview object");
  return false;
}

// The exporter's bytes (writable only through a view of a bytearray).
char* exporter_data(const MemoryViewObject* view) {
  const Value object = view->object.get();
  return view->over_bytearray ? as_bytearray(object)->bytes.data() : as_bytes(object)->data();
}

char* item_address(const MemoryViewObject* view, std::int64_t index) {
  return exporter_data(view) + view->start + index * view->step;
}

Ref unpack_item(Interpreter& interpreter, const ItemFormat& format, const char* address) {
  switch (format.kind) {
    case ItemKind::Char: return new_bytes(interpreter, std::string_view(address, 1));
    case ItemKind::Bool: return interpreter.new_boolean(*address != 0);
    case ItemKind::Float: {
      if (format.size == 4) {
        float value;
        std::memcpy(&value, address, 4);
        return new_float(interpreter, value);
      }
      double value;
      std::memcpy(&value, address, 8);
      return new_float(interpreter, value);
    }
    case ItemKind::Unsigned: {
      std::uint64_t value = 0;
      std::memcpy(&value, address, static_cast<std::size_t>(format.size));
      if (value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return new_int(interpreter, static_cast<std::int64_t>(value));
      mpz_t big;
      mpz_init(big);
      mpz_import(big, 1, -1, sizeof value, 0, 0, &value);
      Ref result = new_int(interpreter, big);
      mpz_clear(big);
      return result;
    }
    case ItemKind::Signed: {
      std::uint64_t bits = 0;
      std::memcpy(&bits, address, static_cast<std::size_t>(format.size));
      const int unused = 64 - 8 * format.size;
      const auto value = static_cast<std::int64_t>(bits << unused) >> unused;  // sign-extends
      return new_int(interpreter, value);
    }
  }
  return Ref();
}

Ref invalid_item(Interpreter& interpreter, Type* type, const char* what, char code) {
  return interpreter.raise(type, std::string("memoryview: invalid ") + what + " for format '" + code + "'");
}

// Packs `value` at `address` (CPython's pack_single): TypeError for a value
// of the wrong type, ValueError for one out of the format's range.
bool pack_item(Interpreter& interpreter, const ItemFormat& format, char* address, Value value) {
  switch (format.kind) {
    case ItemKind::Char: {
      std::string_view data;
      if (!is_bytes(interpreter, value)) return static_cast<bool>(invalid_item(interpreter, interpreter.TypeError_type, "type", format.code));
      data = as_bytes(value)->view();
      if (data.size() != 1) return static_cast<bool>(invalid_item(interpreter, interpreter.ValueError_type, "value", format.code));
      *address = data[0];
      return true;
    }
    case ItemKind::Bool: {
      const int truth_value = truth(interpreter, value);
      if (truth_value < 0) return false;
      *address = static_cast<char>(truth_value);
      return true;
    }
    case ItemKind::Float: {
      Ref number = is_float(interpreter, value) || is_int(interpreter, value) ? number_to_float(interpreter, value) : Ref();
      if (!number) {
        if (interpreter.has_exception()) return false;
        return static_cast<bool>(invalid_item(interpreter, interpreter.TypeError_type, "type", format.code));
      }
      const double result = float_value(number.get());
      if (format.size == 4) {
        const auto narrow = static_cast<float>(result);
        if (std::isinf(narrow) && !std::isinf(result)) {
          interpreter.set_exception(interpreter.OverflowError_type, "float too large to pack with f format");
          return false;
        }
        std::memcpy(address, &narrow, 4);
      } else {
        std::memcpy(address, &result, 8);
      }
      return true;
    }
    case ItemKind::Signed:
    case ItemKind::Unsigned: {
      if (!is_int(interpreter, value) && lookup_special(interpreter, value, interpreter.names.dunder_index).is_null())
        return static_cast<bool>(invalid_item(interpreter, interpreter.TypeError_type, "type", format.code));
      Ref number = number_index(interpreter, value);
      if (!number) return false;
      std::int64_t small = 0;
      const bool fits = int_to_int64(interpreter, number.get(), small);
      const int bits = 8 * format.size;
      bool in_range;
      std::uint64_t encoded;
      if (format.kind == ItemKind::Signed) {
        const std::int64_t lowest = bits == 64 ? std::numeric_limits<std::int64_t>::min() : -(std::int64_t{1} << (bits - 1));
        const std::int64_t highest = bits == 64 ? std::numeric_limits<std::int64_t>::max() : (std::int64_t{1} << (bits - 1)) - 1;
        in_range = fits && small >= lowest && small <= highest;
        encoded = static_cast<std::uint64_t>(small);
      } else {
        // Unsigned 64-bit values above the int64 range are big ints.
        mpz_t big;
        mpz_init(big);
        if (fits) {
          mpz_set_si(big, small);
        } else {
          Ref text = repr(interpreter, number.get());
          mpz_set_str(big, std::string(str_utf8(text.get())).c_str(), 10);
        }
        in_range = mpz_sgn(big) >= 0 && mpz_sizeinbase(big, 2) <= static_cast<std::size_t>(bits);
        encoded = in_range ? mpz_get_ui(big) : 0;
        mpz_clear(big);
      }
      if (!in_range) return static_cast<bool>(invalid_item(interpreter, interpreter.ValueError_type, "value", format.code));
      std::memcpy(address, &encoded, static_cast<std::size_t>(format.size));
      return true;
    }
  }
  return false;
}

// A new view of the same exporter (a bytearray counts it as an export).
Ref new_view(Interpreter& interpreter, const MemoryViewObject& model) {
  auto* view = new MemoryViewObject;
  view->type = interpreter.memoryview_type;
  view->object = Ref::borrow(model.object.get());
  view->start = model.start;
  view->step = model.step;
  view->length = model.length;
  view->format = model.format;
  view->itemsize = model.itemsize;
  view->readonly = model.readonly;
  view->over_bytearray = is_bytearray(interpreter, view->object.get());
  if (view->over_bytearray) ++as_bytearray(view->object.get())->exports;
  return Ref::steal(Value::object(view));
}

// memoryview(object): a view of all of a bytes-like object.
Ref memoryview_construct(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value object;
  if (!bind_arguments(interpreter, {"memoryview", {"object"}, 0, 0, 1}, arguments, count, kwnames, &object))
    return Ref();
  if (is_memoryview(interpreter, object)) {
    if (!check_released(interpreter, object)) return Ref();
    return new_view(interpreter, *as_memoryview(object));
  }
  MemoryViewObject whole;
  std::string_view data;
  if (!byte_view(interpreter, object, data))
    return interpreter.raise(interpreter.TypeError_type, "memoryview: a bytes-like object is required, not " +
                                                             quoted_type_name(interpreter, object));
  whole.object = Ref::borrow(object);
  whole.length = static_cast<std::int64_t>(data.size());
  whole.readonly = !is_bytearray(interpreter, object);
  whole.over_bytearray = !whole.readonly;
  return new_view(interpreter, whole);
}

// Ends the view: a bytearray may be resized again once all its views are.
void release_view(MemoryViewObject* view) {
  if (!view->object) return;
  if (view->over_bytearray) --as_bytearray(view->object.get())->exports;
  view->object = Ref();
}

void memoryview_deallocate(Interpreter& interpreter, Object* object) {
  auto* view = static_cast<MemoryViewObject*>(object);
  release_view(view);
  delete view;
}

Ref memoryview_repr(Interpreter& interpreter, Value self) {
  return new_str(interpreter, std::string(released(as_memoryview(self)) ? "<released memory at " : "<memory at ") +
                                  address_text(self.as_object()) + ">");
}

Ref memoryview_length(Interpreter& interpreter, Value self) {
  if (!check_released(interpreter, self)) return Ref();
  return new_int(interpreter, as_memoryview(self)->length);
}

// The position an index key names, with CPython's errors.
bool item_index(Interpreter& interpreter, const MemoryViewObject* view, Value key, std::int64_t& out) {
  if (!is_int(interpreter, key) && lookup_special(interpreter, key, interpreter.names.dunder_index).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "memoryview: invalid slice key");
    return false;
  }
  Ref index = number_index(interpreter, key);
  if (!index) return false;
  if (!int_to_int64(interpreter, index.get(), out)) {
    interpreter.set_exception(interpreter.IndexError_type, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  if (out < 0) out += view->length;
  if (out < 0 || out >= view->length) {
    interpreter.set_exception(interpreter.IndexError_type, "index out of bounds on dimension 1");
    return false;
  }
  return true;
}

// The sub-view a slice selects.
Ref slice_view(Interpreter& interpreter, const MemoryViewObject* view, Value key) {
  SliceBounds bounds;
  if (!slice_bounds(interpreter, key, view->length, bounds)) return Ref();
  MemoryViewObject part;
  part.object = Ref::borrow(view->object.get());
  part.start = view->start + bounds.start * view->step;
  part.step = view->step * bounds.step;
  part.length = bounds.count;
  part.format = view->format;
  part.itemsize = view->itemsize;
  part.readonly = view->readonly;
  part.over_bytearray = view->over_bytearray;
  return new_view(interpreter, part);
}

Ref memoryview_subscript(Interpreter& interpreter, Value self, Value key) {
  if (!check_released(interpreter, self)) return Ref();
  const MemoryViewObject* view = as_memoryview(self);
  if (is_slice(interpreter, key)) return slice_view(interpreter, view, key);
  std::int64_t index = 0;
  if (!item_index(interpreter, view, key, index)) return Ref();
  return unpack_item(interpreter, format_of(view), item_address(view, index));
}

// The items of `source` for a slice assignment: a buffer of the same
// format and length (bytes and bytearray have format 'B').
int assign_slice(Interpreter& interpreter, MemoryViewObject* view, Value key, Value source) {
  Ref target = slice_view(interpreter, view, key);
  if (!target) return -1;
  const MemoryViewObject* part = as_memoryview(target.get());
  std::string items;
  char source_format = 'B';
  std::string_view data;
  if (is_memoryview(interpreter, source)) {
    if (!check_released(interpreter, source)) return -1;
    const MemoryViewObject* other = as_memoryview(source);
    source_format = other->format;
    for (std::int64_t i = 0; i < other->length; ++i)
      items.append(item_address(other, i), static_cast<std::size_t>(other->itemsize));
  } else if (byte_view(interpreter, source, data)) {
    items = data;
  } else {
    interpreter.set_exception(interpreter.TypeError_type, "a bytes-like object is required, not " +
                                                              quoted_type_name(interpreter, source));
    return -1;
  }
  if (source_format != part->format ||
      static_cast<std::int64_t>(items.size()) != part->length * part->itemsize) {
    interpreter.set_exception(interpreter.ValueError_type,
                              "memoryview assignment: lvalue and rvalue have different structures");
    return -1;
  }
  for (std::int64_t i = 0; i < part->length; ++i)
    std::memcpy(item_address(part, i), items.data() + i * part->itemsize, static_cast<std::size_t>(part->itemsize));
  return 0;
}

int memoryview_assign_subscript(Interpreter& interpreter, Value self, Value key, Value value) {
  if (!check_released(interpreter, self)) return -1;
  MemoryViewObject* view = as_memoryview(self);
  if (view->readonly) {
    interpreter.set_exception(interpreter.TypeError_type, "cannot modify read-only memory");
    return -1;
  }
  if (value.is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "cannot delete memory");
    return -1;
  }
  if (is_slice(interpreter, key)) return assign_slice(interpreter, view, key, value);
  std::int64_t index = 0;
  if (!item_index(interpreter, view, key, index)) return -1;
  return pack_item(interpreter, format_of(view), item_address(view, index), value) ? 0 : -1;
}

// The items as a list of Python values.
Ref items_list(Interpreter& interpreter, const MemoryViewObject* view) {
  Ref list = new_list(interpreter, {});
  for (std::int64_t i = 0; i < view->length; ++i) {
    Ref item = unpack_item(interpreter, format_of(view), item_address(view, i));
    if (!item) return Ref();
    list_append(list.get(), item.get());
  }
  return list;
}

// The bytes of the items, in order.
std::string view_bytes(const MemoryViewObject* view) {
  std::string out;
  out.reserve(static_cast<std::size_t>(view->length * view->itemsize));
  for (std::int64_t i = 0; i < view->length; ++i)
    out.append(item_address(view, i), static_cast<std::size_t>(view->itemsize));
  return out;
}

// memoryview == other: the same shape and equal items, unpacked by each
// side's format; only for buffers (NotImplemented otherwise). A released
// view equals only itself.
Ref memoryview_compare(Interpreter& interpreter, Value self, Value other, CompareOp op) {
  if (op != CompareOp::Eq && op != CompareOp::Ne) return Ref::borrow(interpreter.not_implemented());
  const MemoryViewObject* view = as_memoryview(self);
  std::string_view data;
  MemoryViewObject other_view;
  const MemoryViewObject* right = nullptr;
  if (is_memoryview(interpreter, other)) {
    right = as_memoryview(other);
  } else if (byte_view(interpreter, other, data)) {
    other_view.object = Ref::borrow(other);
    other_view.length = static_cast<std::int64_t>(data.size());
    other_view.over_bytearray = is_bytearray(interpreter, other);
    right = &other_view;
  } else {
    return Ref::borrow(interpreter.not_implemented());
  }
  bool equal_views = self == other;
  if (!equal_views && !released(view) && !released(right) && view->length == right->length) {
    equal_views = true;
    for (std::int64_t i = 0; equal_views && i < view->length; ++i) {
      Ref a = unpack_item(interpreter, format_of(view), item_address(view, i));
      Ref b = unpack_item(interpreter, format_of(right), item_address(right, i));
      const int same = equal(interpreter, a.get(), b.get());
      if (same < 0) return Ref();
      equal_views = same != 0;
    }
  }
  return interpreter.new_boolean(op == CompareOp::Eq ? equal_views : !equal_views);
}

// hash(): a read-only view of bytes hashes as bytes(view).
std::int64_t memoryview_hash(Interpreter& interpreter, Value self) {
  if (!check_released(interpreter, self)) return -1;
  const MemoryViewObject* view = as_memoryview(self);
  if (!view->readonly) {
    interpreter.set_exception(interpreter.ValueError_type, "cannot hash writable memoryview object");
    return -1;
  }
  if (view->format != 'B' && view->format != 'b' && view->format != 'c') {
    interpreter.set_exception(interpreter.ValueError_type,
                              "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  Ref bytes = new_bytes(interpreter, view_bytes(view));
  return hash(interpreter, bytes.get());
}

Ref memoryview_iter(Interpreter& interpreter, Value self) {
  if (!check_released(interpreter, self)) return Ref();
  return new_index_iterator(interpreter, self);
}

// ---- Methods and attributes ----

#define KRAIT_VIEW_METHOD(name) \
  Ref name(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames)

KRAIT_VIEW_METHOD(memoryview_tolist) {
  if (!check_no_arguments(interpreter, "memoryview.tolist", count, kwnames) || !check_released(interpreter, self))
    return Ref();
  return items_list(interpreter, as_memoryview(self));
}

KRAIT_VIEW_METHOD(memoryview_tobytes) {
  Value order;
  if (!bind_arguments(interpreter, {"tobytes", {"order"}, 0, 0, 0}, arguments, count, kwnames, &order) ||
      !check_released(interpreter, self))
    return Ref();
  if (!order.is_null() && order != interpreter.none()) {
    const std::string_view text = is_str(interpreter, order) ? str_utf8(order) : std::string_view();
    if (text != "C" && text != "F" && text != "A")
      return interpreter.raise(interpreter.ValueError_type, "order must be 'C', 'F' or 'A'");
  }
  return new_bytes(interpreter, view_bytes(as_memoryview(self)));
}

// hex(sep=..., bytes_per_sep=...): bytes.hex of the view's bytes.
KRAIT_VIEW_METHOD(memoryview_hex) {
  if (!check_released(interpreter, self)) return Ref();
  Ref bytes = new_bytes(interpreter, view_bytes(as_memoryview(self)));
  Ref method = get_attribute(interpreter, bytes.get(), interpreter.intern("hex"));
  if (!method) return Ref();
  return call(interpreter, method.get(), arguments, count, kwnames);
}

KRAIT_VIEW_METHOD(memoryview_release) {
  if (!check_no_arguments(interpreter, "memoryview.release", count, kwnames)) return Ref();
  release_view(as_memoryview(self));
  return interpreter.new_none();
}

KRAIT_VIEW_METHOD(memoryview_enter) {
  if (!check_no_arguments(interpreter, "memoryview.__enter__", count, kwnames) || !check_released(interpreter, self))
    return Ref();
  return Ref::borrow(self);
}

KRAIT_VIEW_METHOD(memoryview_exit) {
  if (!reject_keywords(interpreter, "memoryview.__exit__", kwnames)) return Ref();
  release_view(as_memoryview(self));
  return interpreter.new_none();
}

KRAIT_VIEW_METHOD(memoryview_toreadonly) {
  if (!check_no_arguments(interpreter, "memoryview.toreadonly", count, kwnames) || !check_released(interpreter, self))
    return Ref();
  Ref copy = new_view(interpreter, *as_memoryview(self));
  as_memoryview(copy.get())->readonly = true;
  return copy;
}

// cast(format, shape=None): the same bytes as items of another format
// (one of them a byte format); a shape must be one-dimensional here.
KRAIT_VIEW_METHOD(memoryview_cast) {
  Value bound[2];
  if (!bind_arguments(interpreter, {"cast", {"format", "shape"}, 0, 0, 1}, arguments, count, kwnames, bound) ||
      !check_released(interpreter, self))
    return Ref();
  const MemoryViewObject* view = as_memoryview(self);
  if (!is_str(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "cast() argument 'format' must be str, not " +
                                                             argument_type_name(interpreter, bound[0]));
  std::string_view text = str_utf8(bound[0]);
  if (text.size() == 2 && text[0] == '@') text.remove_prefix(1);
  const ItemFormat* format = text.size() == 1 ? find_format(text[0]) : nullptr;
  if (!format)
    return interpreter.raise(interpreter.ValueError_type,
                             "memoryview: destination format must be a native single character format prefixed "
                             "with an optional '@'");
  if (view->length > 1 && view->step != view->itemsize)
    return interpreter.raise(interpreter.TypeError_type, "memoryview: casts are restricted to C-contiguous views");
  const bool byte_format = [](char code) { return code == 'B' || code == 'b' || code == 'c'; }(format->code);
  if (!byte_format && view->format != 'B' && view->format != 'b' && view->format != 'c')
    return interpreter.raise(interpreter.TypeError_type, "memoryview: cannot cast between two non-byte formats");
  const std::int64_t bytes = view->length * view->itemsize;
  if (bytes % format->size != 0)
    return interpreter.raise(interpreter.TypeError_type, "memoryview: length is not a multiple of itemsize");
  MemoryViewObject cast;
  cast.object = Ref::borrow(view->object.get());
  cast.start = view->start;
  cast.step = format->size;
  cast.length = bytes / format->size;
  cast.format = format->code;
  cast.itemsize = format->size;
  cast.readonly = view->readonly;
  cast.over_bytearray = view->over_bytearray;
  if (!bound[1].is_null()) {
    Ref shape = tuple_from_iterable(interpreter, bound[1]);
    if (!shape) return Ref();
    const TupleObject* dimensions = as_tuple(shape.get());
    if (dimensions->size != 1)
      return interpreter.raise(interpreter.NotImplementedError_type,
                               "memoryview: multi-dimensional casts are not supported by Krait");
    std::int64_t items = 0;
    if (!index_argument(interpreter, dimensions->items()[0], items)) return Ref();
    if (items * format->size != bytes)
      return interpreter.raise(interpreter.TypeError_type, "memoryview: product(shape) * itemsize != buffer size");
  }
  return new_view(interpreter, cast);
}

#undef KRAIT_VIEW_METHOD

// The attributes, each refused on a released view.
template <Ref (*read)(Interpreter&, const MemoryViewObject*)>
Ref view_attribute(Interpreter& interpreter, Value self) {
  if (!check_released(interpreter, self)) return Ref();
  return read(interpreter, as_memoryview(self));
}

Ref read_object(Interpreter&, const MemoryViewObject* view) { return Ref::borrow(view->object.get()); }
Ref read_nbytes(Interpreter& interpreter, const MemoryViewObject* view) {
  return new_int(interpreter, view->length * view->itemsize);
}
Ref read_readonly(Interpreter& interpreter, const MemoryViewObject* view) {
  return interpreter.new_boolean(view->readonly);
}
Ref read_format(Interpreter& interpreter, const MemoryViewObject* view) {
  return new_str(interpreter, std::string(1, view->format));
}
Ref read_itemsize(Interpreter&, const MemoryViewObject* view) { return Ref::small_int(view->itemsize); }
Ref read_ndim(Interpreter&, const MemoryViewObject*) { return Ref::small_int(1); }
Ref one_tuple(Interpreter& interpreter, std::int64_t value) {
  Ref number = new_int(interpreter, value);
  const Value items[] = {number.get()};
  return new_tuple(interpreter, items);
}
Ref read_shape(Interpreter& interpreter, const MemoryViewObject* view) { return one_tuple(interpreter, view->length); }
Ref read_strides(Interpreter& interpreter, const MemoryViewObject* view) { return one_tuple(interpreter, view->step); }
Ref read_suboffsets(Interpreter& interpreter, const MemoryViewObject*) { return new_tuple(interpreter, {}); }
// One dimension: C and Fortran contiguity are the same.
Ref read_contiguous(Interpreter& interpreter, const MemoryViewObject* view) {
  return interpreter.new_boolean(view->length <= 1 || view->step == view->itemsize);
}

}  // namespace

bool is_memoryview(const Interpreter& interpreter, Value value) {
  return value.is_object() && value.as_object()->type == interpreter.memoryview_type;
}

bool memoryview_contiguous_bytes(const MemoryViewObject* view, std::string_view& out) {
  if (released(view) || (view->length > 1 && view->step != view->itemsize)) return false;
  out = std::string_view(exporter_data(view) + view->start, static_cast<std::size_t>(view->length * view->itemsize));
  return true;
}

void init_memoryview_type(Interpreter& interpreter) {
  Type* type = interpreter.memoryview_type;
  type->construct = &memoryview_construct;
  type->deallocate = &memoryview_deallocate;
  type->repr = &memoryview_repr;
  type->length = &memoryview_length;
  type->subscript = &memoryview_subscript;
  type->assign_subscript = &memoryview_assign_subscript;
  type->compare = &memoryview_compare;
  type->hash = &memoryview_hash;
  type->iter = &memoryview_iter;
  add_methods(interpreter, type,
              {{"tolist", &memoryview_tolist},
               {"tobytes", &memoryview_tobytes},
               {"hex", &memoryview_hex},
               {"release", &memoryview_release},
               {"cast", &memoryview_cast},
               {"toreadonly", &memoryview_toreadonly},
               {"__enter__", &memoryview_enter},
               {"__exit__", &memoryview_exit}});
  add_getsets(interpreter, type,
              {{"obj", &view_attribute<&read_object>},
               {"nbytes", &view_attribute<&read_nbytes>},
               {"readonly", &view_attribute<&read_readonly>},
               {"format", &view_attribute<&read_format>},
               {"itemsize", &view_attribute<&read_itemsize>},
               {"ndim", &view_attribute<&read_ndim>},
               {"shape", &view_attribute<&read_shape>},
               {"strides", &view_attribute<&read_strides>},
               {"suboffsets", &view_attribute<&read_suboffsets>},
               {"c_contiguous", &view_attribute<&read_contiguous>},
               {"f_contiguous", &view_attribute<&read_contiguous>},
               {"contiguous", &view_attribute<&read_contiguous>}});
}

}  // namespace krait::runtime

// Unit tests: memoryview's exports (a bytearray with live views keeps its
// size; releasing or dropping the views frees it), views of views, and the
// UTF-16/UTF-32 codecs' BOMs.
#include <gtest/gtest.h>

#include <string>

#include "objects/bytearray_object.h"
#include "objects/bytes_object.h"
#include "objects/codecs.h"
#include "objects/memoryview_object.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::runtime {
namespace {

Ref view_of(Interpreter& interpreter, Value object) {
  return call(interpreter, Value::object(interpreter.memoryview_type), &object, 1);
}

TEST(MemoryView, ExportsPinABytearraysSize) {
  Interpreter interpreter;
  Ref array = new_bytearray(interpreter, "hello");
  {
    Ref view = view_of(interpreter, array.get());
    ASSERT_TRUE(view);
    EXPECT_EQ(as_bytearray(array.get())->exports, 1);
    Ref again = view_of(interpreter, view.get());
    EXPECT_EQ(as_bytearray(array.get())->exports, 2);
    EXPECT_FALSE(check_resizable(interpreter, array.get()));
    Ref error = interpreter.take_exception();
    EXPECT_EQ(type_of(interpreter, error.get()), interpreter.BufferError_type);
    Ref released = call_method(interpreter, view.get(), interpreter.intern("release"), nullptr, 0);
    EXPECT_EQ(as_bytearray(array.get())->exports, 1);
  }
  EXPECT_EQ(as_bytearray(array.get())->exports, 0);
  EXPECT_TRUE(check_resizable(interpreter, array.get()));
}

TEST(MemoryView, ContiguousViewsReadAsBytes) {
  Interpreter interpreter;
  Ref bytes = new_bytes(interpreter, "abcdef");
  Ref view = view_of(interpreter, bytes.get());
  std::string_view data;
  ASSERT_TRUE(memoryview_contiguous_bytes(as_memoryview(view.get()), data));
  EXPECT_EQ(data, "abcdef");
  EXPECT_TRUE(as_memoryview(view.get())->readonly);
}

TEST(Codecs, Utf16And32WriteALittleEndianBom) {
  Interpreter interpreter;
  Ref text = new_str(interpreter, "a");
  Ref sixteen = encode_text(interpreter, text.get(), "utf-16", "strict");
  ASSERT_TRUE(sixteen);
  EXPECT_EQ(as_bytes(sixteen.get())->view(), std::string("\xff\xfe" "a\0", 4));
  Ref thirty_two = encode_text(interpreter, text.get(), "UTF-32", "strict");
  ASSERT_TRUE(thirty_two);
  EXPECT_EQ(as_bytes(thirty_two.get())->view(), std::string("\xff\xfe\0\0" "a\0\0\0", 8));
  Ref decoded = decode_bytes(interpreter, std::string("\xfe\xff\0b", 4), "utf-16", "strict");
  ASSERT_TRUE(decoded);
  EXPECT_EQ(str_utf8(decoded.get()), "b");
}

}  // namespace
}  // namespace krait::runtime

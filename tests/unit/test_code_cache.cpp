// Unit tests: the bytecode cache format (compiler/code_cache.h). Every
// program of the differential tests survives a round trip unchanged (the
// loader's validation accepts all the compiler makes); damaged payloads and
// headers are refused with a reason, never a crash.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <regex>
#include <sstream>
#include <string>

#include "compiler/bytecode_cache.h"
#include "compiler/code_cache.h"
#include "compiler/code_object.h"
#include "compiler/compiler.h"
#include "compiler/disassembler.h"
#include "objects/str_object.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"
#include "vm/vm.h"

namespace krait::compiler {
namespace {

using runtime::Ref;
using runtime::Value;

class CodeCacheTest : public ::testing::Test {
 protected:
  runtime::Interpreter interpreter;
  void SetUp() override { vm::install(interpreter); }

  Ref compile(const std::string& source) {
    CompileResult result = compile_source(interpreter, source, "<test>");
    EXPECT_FALSE(result.error) << result.error->message;
    return std::move(result.code);
  }

  std::string payload_of(const std::string& source) {
    Ref code = compile(source);
    std::optional<std::string> payload = serialize_code(interpreter, code.get());
    EXPECT_TRUE(payload);
    return payload.value_or("");
  }
};

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

const char* const sample = R"(
import sys
x = (1, 2.5, 3j, -7, 2**100, -(2**70), 'text', 'caf\u00e9', '\U0001f600 \ud800', b'\x00\xff', None, True, False)
s = frozenset({1, 'a', (2, 3)})
def outer(a, /, b=2, *args, c, d=4, **kwargs):
    total = a + b
    def inner(y):
        nonlocal total
        total += y
        return total
    try:
        inner(1)
    except (ValueError, TypeError) as error:
        raise RuntimeError('x') from error
    finally:
        pass
    return [i * 2 for i in args if i], {k: v for k, v in kwargs.items()}
class C:
    attribute = 1
    def method(self):
        return super().__init__, self.attribute, __class__
async def coroutine():
    async with something as value:
        await value
    async for item in value:
        yield item
match x:
    case [1, *rest]: pass
    case {'key': value, **others}: pass
    case C(attribute=1): pass
    case _: pass
print(f'{x!r:>10}', outer(1, c=3))
)";

TEST_F(CodeCacheTest, RoundTripIsExact) {
  const std::string payload = payload_of(sample);
  std::string why;
  Ref loaded = load_code(interpreter, payload, Value(), why);
  ASSERT_TRUE(loaded) << why;
  EXPECT_EQ(serialize_code(interpreter, loaded.get()).value_or(""), payload);
  Ref original = compile(sample);
  const std::regex address(" at 0x[0-9a-f]+");
  EXPECT_EQ(std::regex_replace(disassemble(loaded.get()), address, ""),
            std::regex_replace(disassemble(original.get()), address, ""));
}

TEST_F(CodeCacheTest, EveryTestProgramRoundTrips) {
  const std::filesystem::path tests = std::filesystem::path(__FILE__).parent_path().parent_path();
  int checked = 0;
  for (const char* area : {"run", "cli"}) {
    for (const auto& entry : std::filesystem::directory_iterator(tests / area)) {
      if (entry.path().extension() != ".py") continue;
      CompileResult result = compile_source(interpreter, read_text(entry.path()), entry.path().string());
      if (!result.code) continue;
      std::optional<std::string> payload = serialize_code(interpreter, result.code.get());
      ASSERT_TRUE(payload) << entry.path();
      std::string why;
      Ref loaded = load_code(interpreter, *payload, Value(), why);
      ASSERT_TRUE(loaded) << entry.path() << ": " << why;
      EXPECT_EQ(serialize_code(interpreter, loaded.get()).value_or(""), *payload) << entry.path();
      ++checked;
    }
  }
  EXPECT_GT(checked, 300);
}

// Reads every lazily kept body inside `code`: false with the error pending.
bool load_bodies(CodeObject& code) {
  if (!ensure_code_body(code)) return false;
  for (const Ref& constant : code.constants)
    if (constant.get().is_object() && constant.get().as_object()->type == code.type &&
        !load_bodies(*as_code(constant.get())))
      return false;
  return true;
}

TEST_F(CodeCacheTest, NestedBodiesAreReadOnFirstUse) {
  const std::string payload = payload_of("def f():\n    def g(): return 1\n    return g\n");
  std::string why;
  Ref loaded = load_code(interpreter, payload, Value(), why);
  ASSERT_TRUE(loaded) << why;
  CodeObject* f = nullptr;
  for (const Ref& constant : as_code(loaded.get())->constants)
    if (runtime::type_of(interpreter, constant.get()) == interpreter.code_type) f = as_code(constant.get());
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->lazy_body);
  EXPECT_TRUE(f->instructions.empty());
  EXPECT_EQ(runtime::str_utf8(f->name.get()), "f");
  ASSERT_TRUE(load_bodies(*f));
  EXPECT_FALSE(f->lazy_body);
  EXPECT_FALSE(f->instructions.empty());
}

// Interned strs (names, variable names) go once into the payload's string
// table, however many code objects use them.
TEST_F(CodeCacheTest, InternedNamesAreStoredOnce) {
  std::string source;
  for (int i = 0; i < 50; ++i) source += "def f" + std::to_string(i) + "(parameter_name): return parameter_name\n";
  const std::string payload = payload_of(source);
  const std::size_t first = payload.find("parameter_name");
  ASSERT_NE(first, std::string::npos);
  EXPECT_EQ(payload.find("parameter_name", first + 1), std::string::npos);
  std::string why;
  Ref loaded = load_code(interpreter, payload, Value(), why);
  ASSERT_TRUE(loaded) << why;
  std::vector<Value> parameters;
  for (const Ref& constant : as_code(loaded.get())->constants)
    if (runtime::type_of(interpreter, constant.get()) == interpreter.code_type) {
      ASSERT_TRUE(ensure_code_body(*as_code(constant.get())));
      parameters.push_back(as_code(constant.get())->local_names.at(0).get());
    }
  ASSERT_EQ(parameters.size(), 50u);
  for (const Value parameter : parameters) EXPECT_EQ(parameter, parameters[0]);
}

// A damaged byte anywhere: refused at load, or a ValueError when a body is
// read; never a crash (run under the sanitizers by the suite).
TEST_F(CodeCacheTest, EveryByteFlipLoadsOrFailsCleanly) {
  const std::string payload = payload_of(sample);
  for (std::size_t i = 0; i < payload.size(); ++i) {
    std::string damaged = payload;
    damaged[i] = static_cast<char>(damaged[i] ^ 0x5A);
    std::string why;
    Ref loaded = load_code(interpreter, damaged, Value(), why);
    ASSERT_FALSE(interpreter.has_exception()) << i;
    if (!loaded) continue;
    if (!load_bodies(*as_code(loaded.get()))) {
      ASSERT_TRUE(interpreter.exception_is(interpreter.ValueError_type)) << i;
      Ref discarded = interpreter.take_exception();
    }
  }
}

TEST_F(CodeCacheTest, FilenameIsReplacedEverywhere) {
  const std::string payload = payload_of("def f():\n    def g(): pass\n    return g\n");
  Ref name = runtime::new_str(interpreter, "/moved/m.py");
  std::string why;
  Ref loaded = load_code(interpreter, payload, name.get(), why);
  ASSERT_TRUE(loaded) << why;
  const CodeObject* module = as_code(loaded.get());
  EXPECT_EQ(module->filename.get(), name.get());
  for (const Ref& constant : module->constants) {
    if (runtime::type_of(interpreter, constant.get()) == interpreter.code_type) {
      EXPECT_EQ(as_code(constant.get())->filename.get(), name.get());
    }
  }
}

TEST_F(CodeCacheTest, EveryTruncationIsRefused) {
  const std::string payload = payload_of(sample);
  for (std::size_t size = 0; size < payload.size(); ++size) {
    std::string why;
    EXPECT_FALSE(load_code(interpreter, std::string_view(payload).substr(0, size), Value(), why)) << size;
    EXPECT_FALSE(why.empty());
    EXPECT_FALSE(interpreter.has_exception());
  }
}

TEST_F(CodeCacheTest, MutatedPayloadsNeverCrash) {
  const std::string payload = payload_of(sample);
  std::mt19937 random(12345);
  int accepted = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string damaged = payload;
    const int changes = 1 + static_cast<int>(random() % 4);
    for (int i = 0; i < changes; ++i) damaged[random() % damaged.size()] = static_cast<char>(random());
    std::string why;
    Ref loaded = load_code(interpreter, damaged, Value(), why);
    accepted += loaded ? 1 : 0;
    EXPECT_FALSE(interpreter.has_exception());
  }
  EXPECT_LT(accepted, 3000);
}

TEST_F(CodeCacheTest, HeaderChecks) {
  const std::string payload = payload_of("x = 1\n");
  const std::string file = make_cache_file({cache_hash_based | cache_check_source, 42, 0}, payload);
  std::string why;
  std::optional<CacheFile> read = read_cache_file(file, why);
  ASSERT_TRUE(read) << why;
  EXPECT_EQ(read->header.flags, cache_hash_based | cache_check_source);
  EXPECT_EQ(read->header.stamp, 42u);
  EXPECT_EQ(read->payload, payload);
  EXPECT_FALSE(read_cache_file(file.substr(0, 20), why));
  EXPECT_EQ(why, "truncated header");
  std::string foreign = file;
  foreign[0] ^= 1;
  EXPECT_FALSE(read_cache_file(foreign, why));
  EXPECT_EQ(why, "bad magic number");
  std::string damaged = file;
  damaged.back() ^= 1;
  EXPECT_FALSE(read_cache_file(damaged, why));
  EXPECT_EQ(why, "checksum mismatch");
  EXPECT_FALSE(read_cache_file(file.substr(0, file.size() - 1), why));
  EXPECT_NE(source_hash("a = 1\n"), source_hash("a = 2\n"));
}

TEST_F(CodeCacheTest, HeaderIsPep552Shaped) {
  // What importlib reads: 4-byte magic ending in "\r\n", flags, then the
  // mtime and size as u32 (or the 8-byte hash), then marshal's code block.
  const std::string payload = payload_of("x = 1\n");
  const std::string file = make_cache_file({0, 0x123456789ULL, 0x1000000FFULL}, payload);
  EXPECT_EQ(file.substr(0, 4), cache_magic_bytes());
  EXPECT_EQ(file.substr(2, 2), "\r\n");
  EXPECT_NE(static_cast<unsigned char>(file[1]) & 0x80, 0);  // never a CPython magic number
  EXPECT_EQ(file.substr(8, 8), std::string("\x89\x67\x45\x23\xff\x00\x00\x00", 8));  // modulo 2**32
  EXPECT_EQ(file.substr(cache_header_size), code_block(payload));
  std::string why;
  std::optional<CacheFile> read = read_cache_file(file, why);
  ASSERT_TRUE(read) << why;
  EXPECT_EQ(read->header.stamp, 0x23456789u);
  EXPECT_EQ(read->header.source_size, 0xffu);
  EXPECT_FALSE(read_cache_file(file + "x", why));
  EXPECT_EQ(why, "data after the code object");
  std::string flagged = file;
  flagged[4] = 4;
  EXPECT_FALSE(read_cache_file(flagged, why));
  EXPECT_EQ(why, "invalid flags");
}

TEST_F(CodeCacheTest, CodeBlocks) {
  const std::string payload = payload_of("def f():\n    return 2\n");
  const std::string block = code_block(payload);
  std::size_t used = 0;
  std::string why;
  const std::string followed = block + "trailing";
  std::optional<std::string_view> read = read_code_block(followed, used, why);
  ASSERT_TRUE(read) << why;
  EXPECT_EQ(*read, payload);
  EXPECT_EQ(used, block.size());
  EXPECT_FALSE(read_code_block(block.substr(0, block.size() - 1), used, why));
  EXPECT_EQ(why, "truncated payload");
  EXPECT_FALSE(read_code_block(block.substr(0, 5), used, why));
  EXPECT_EQ(why, "truncated header");
  EXPECT_FALSE(read_code_block("c" + block.substr(1), used, why));
  EXPECT_EQ(why, "not a code object");
  std::string damaged = block;
  damaged[code_block_header_size] ^= 1;
  EXPECT_FALSE(read_code_block(damaged, used, why));
  EXPECT_EQ(why, "checksum mismatch");
}

TEST_F(CodeCacheTest, BadOperandsAreRefused) {
  Ref code = compile("x = 1\nprint(x)\n");
  CodeObject* object = as_code(code.get());
  object->instructions.insert(object->instructions.begin(), encode_abx(Opcode::LOAD_CONST, 0, 999));
  std::string why;
  EXPECT_FALSE(load_code(interpreter, serialize_code(interpreter, code.get()).value(), Value(), why));
  EXPECT_NE(why.find("bad operand"), std::string::npos) << why;
  object->instructions[0] = encode_abc(Opcode::MOVE, 250, 0, 0);
  EXPECT_FALSE(load_code(interpreter, serialize_code(interpreter, code.get()).value(), Value(), why));
  object->instructions[0] = encode_sj(Opcode::JUMP, 1000);
  EXPECT_FALSE(load_code(interpreter, serialize_code(interpreter, code.get()).value(), Value(), why));
  object->instructions[0] = encode_abc(Opcode::NOP, 0, 0, 0);
  object->instructions.pop_back();  // RETURN_NONE
  EXPECT_FALSE(load_code(interpreter, serialize_code(interpreter, code.get()).value(), Value(), why));
  EXPECT_EQ(why, "code object that may run off its end");
}

TEST_F(CodeCacheTest, DeepNestingIsRefused) {
  std::string payload(1, '\0');  // an empty string table
  for (int i = 0; i < 100000; ++i) payload += "t\x01";
  std::string why;
  EXPECT_FALSE(load_code(interpreter, payload, Value(), why));
  EXPECT_EQ(why, "nesting too deep");
}

TEST_F(CodeCacheTest, CachePaths) {
  EXPECT_EQ(cache_path(interpreter, "/a/b/m.py"), "/a/b/__pycache__/m.krait-311.pyc");
  EXPECT_EQ(cache_path(interpreter, "m.py"), "__pycache__/m.krait-311.pyc");
  EXPECT_EQ(cache_path(interpreter, "/a/script"), "/a/__pycache__/script.krait-311.pyc");
  interpreter.optimize = 2;
  EXPECT_EQ(cache_path(interpreter, "/a/pkg/__init__.py"), "/a/pkg/__pycache__/__init__.krait-311.opt-2.pyc");
}

}  // namespace
}  // namespace krait::compiler

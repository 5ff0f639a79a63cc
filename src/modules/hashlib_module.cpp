// Native modules: _hashlib (CPython's Modules/_hashopenssl.c) over OpenSSL
// 3's libcrypto: the HASH objects of every digest OpenSSL knows (HASHXOF
// for the SHAKE ones, whose digest takes a length), new() and the
// openssl_<name> constructors hashlib.py binds, HMAC objects (hmac_new,
// hmac_digest), pbkdf2_hmac, scrypt and compare_digest. Digests are named
// as CPython names them ("sha3_256", not OpenSSL's "SHA3-256").
#include <openssl/crypto.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/mappingproxy_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/set_object.h"
#include "objects/str_object.h"
#include "objects/type_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Type;
using runtime::Value;

// ---- digests by name --------------------------------------------------------------

// Python's name of a digest, another name it answers to, and OpenSSL's.
struct DigestName {
  const char* python;
  const char* alias;
  int nid;
  const EVP_MD* (*digest)();
};

constexpr DigestName digest_names[] = {
    {"md5", "MD5", NID_md5, &EVP_md5},
    {"sha1", "SHA1", NID_sha1, &EVP_sha1},
    {"sha224", "SHA224", NID_sha224, &EVP_sha224},
    {"sha256", "SHA256", NID_sha256, &EVP_sha256},
    {"sha384", "SHA384", NID_sha384, &EVP_sha384},
    {"sha512", "SHA512", NID_sha512, &EVP_sha512},
    {"sha512_224", "SHA512_224", NID_sha512_224, &EVP_sha512_224},
    {"sha512_256", "SHA512_256", NID_sha512_256, &EVP_sha512_256},
    {"sha3_224", nullptr, NID_sha3_224, &EVP_sha3_224},
    {"sha3_256", nullptr, NID_sha3_256, &EVP_sha3_256},
    {"sha3_384", nullptr, NID_sha3_384, &EVP_sha3_384},
    {"sha3_512", nullptr, NID_sha3_512, &EVP_sha3_512},
    {"shake_128", nullptr, NID_shake128, &EVP_shake128},
    {"shake_256", nullptr, NID_shake256, &EVP_shake256},
    {"blake2s", "blake2s256", NID_blake2s256, &EVP_blake2s256},
    {"blake2b", "blake2b512", NID_blake2b512, &EVP_blake2b512},
};

// CPython's py_digest_name: the Python name, else OpenSSL's long name.
std::string digest_name(const EVP_MD* digest) {
  const int nid = EVP_MD_get_type(digest);
  for (const DigestName& entry : digest_names)
    if (entry.nid == nid) return entry.python;
  const char* name = OBJ_nid2ln(nid);
  if (!name) name = OBJ_nid2sn(nid);
  return name ? name : "";
}

Type* unsupported_error_type(Interpreter& interpreter) {
  return class_type(interpreter.hashlib.unsupported_digestmod_error);
}

// CPython's _setException: OpenSSL's last error as "[library] reason", or
// `fallback` when OpenSSL gave none.
void set_openssl_error(Interpreter& interpreter, Type* type, const std::string& fallback) {
  const unsigned long code = ERR_peek_last_error();
  if (code == 0) {
    interpreter.set_exception(type, fallback.empty() ? "no reason supplied" : fallback);
    return;
  }
  ERR_clear_error();
  const char* library = ERR_lib_error_string(code);
  const char* reason = ERR_reason_error_string(code);
  std::string text = reason ? reason : "";
  if (library) text = "[" + std::string(library) + "] " + text;
  interpreter.set_exception(type, text);
}

// The same for a function answering a Ref: the null Ref.
Ref raise_openssl_error(Interpreter& interpreter, Type* type, const std::string& fallback) {
  set_openssl_error(interpreter, type, fallback);
  return Ref();
}

// The digest a Python name stands for: UnsupportedDigestmodError when
// OpenSSL has none of that name.
const EVP_MD* digest_by_name(Interpreter& interpreter, const std::string& name) {
  for (const DigestName& entry : digest_names)
    if (name == entry.python || (entry.alias && name == entry.alias)) return entry.digest();
  ERR_clear_error();
  if (const EVP_MD* digest = EVP_get_digestbyname(name.c_str())) return digest;
  // EVP_get_digestbyname leaves no error: fetching names the failure.
  EVP_MD* fetched = EVP_MD_fetch(nullptr, name.c_str(), nullptr);
  if (fetched) {
    EVP_MD_free(fetched);
    return EVP_get_digestbyname(OBJ_nid2sn(EVP_MD_get_type(fetched)));
  }
  set_openssl_error(interpreter, unsupported_error_type(interpreter), "unsupported hash type " + name);
  return nullptr;
}

// A digestmod: a name, or one of the openssl_* constructors
// (_hashlib._constructors); UnsupportedDigestmodError otherwise.
const EVP_MD* digest_by_digestmod(Interpreter& interpreter, Value digestmod) {
  Value name = digestmod;
  if (!runtime::is_str(interpreter, digestmod)) {
    Value found;
    const Value constructors = interpreter.hashlib.constructors.get();
    const int lookup = constructors.is_null() ? 0 : runtime::dict_lookup(interpreter, constructors, digestmod, found);
    if (lookup < 0) return nullptr;
    if (lookup == 0) {
      Ref shown = runtime::repr(interpreter, digestmod);
      if (!shown) return nullptr;
      interpreter.set_exception(unsupported_error_type(interpreter),
                                "Unsupported digestmod " + std::string(runtime::str_utf8(shown.get())));
      return nullptr;
    }
    return digest_by_name(interpreter, std::string(runtime::str_utf8(found)));
  }
  return digest_by_name(interpreter, std::string(runtime::str_utf8(name)));
}


// ---- HASH and HASHXOF ---------------------------------------------------------------

struct HashObject : runtime::Object {
  EVP_MD_CTX* context = EVP_MD_CTX_new();
};

HashObject* as_hash(Value value) { return static_cast<HashObject*>(value.as_object()); }

void hash_deallocate(Interpreter&, runtime::Object* object) {
  auto* hash = static_cast<HashObject*>(object);
  EVP_MD_CTX_free(hash->context);
  delete hash;
}

Ref new_hash_object(Interpreter& interpreter, const EVP_MD* digest) {
  auto* object = new HashObject;
  const bool xof = (EVP_MD_get_flags(digest) & EVP_MD_FLAG_XOF) != 0;
  runtime::set_object_type(object, xof ? interpreter.hashlib.hash_xof_type : interpreter.hashlib.hash_type);
  return Ref::steal(Value::object(object));
}

// Feeds `data` to a digest context. Large inputs are where a thread would
// release the GIL (CPython does from 2048 bytes).
bool hash_update(Interpreter& interpreter, EVP_MD_CTX* context, std::string_view data) {
  if (data.empty() || EVP_DigestUpdate(context, data.data(), data.size())) return true;
  set_openssl_error(interpreter, interpreter.ValueError_type, "");
  return false;
}

// A new HASH of `digest` over `data` (CPython's EVPnew).
Ref new_hash(Interpreter& interpreter, const EVP_MD* digest, std::string_view data) {
  Ref object = new_hash_object(interpreter, digest);
  EVP_MD_CTX* context = as_hash(object.get())->context;
  if (!EVP_DigestInit_ex(context, digest, nullptr))
    return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  if (!hash_update(interpreter, context, data)) return Ref();
  return object;
}

// new(name, string=b'', *, usedforsecurity=True).
Ref hashlib_new(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {"new", {"name", "string", "usedforsecurity"}, 0, 1, 1}, arguments, count,
                               kwnames, bound))
    return Ref();
  if (!runtime::is_str(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "name must be a string");
  std::string_view data;
  if (!bound[1].is_null() && !hash_data_argument(interpreter, bound[1], data)) return Ref();
  const EVP_MD* digest = digest_by_name(interpreter, std::string(runtime::str_utf8(bound[0])));
  if (!digest) return Ref();
  return new_hash(interpreter, digest, data);
}

// openssl_<name>(string=b'', *, usedforsecurity=True), one per entry of
// digest_names up to the SHAKEs.
template <std::size_t index>
Ref hashlib_constructor(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  static const std::string name = std::string("openssl_") + digest_names[index].python;
  Value bound[2];
  if (!runtime::bind_arguments(interpreter, {name, {"string", "usedforsecurity"}, 0, 1, 0}, arguments, count, kwnames,
                               bound))
    return Ref();
  std::string_view data;
  if (!bound[0].is_null() && !hash_data_argument(interpreter, bound[0], data)) return Ref();
  return new_hash(interpreter, digest_names[index].digest(), data);
}

// A copy of a hash's context, to finish without changing the original.
using ContextCopy = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

bool copy_context(Interpreter& interpreter, const EVP_MD_CTX* context, ContextCopy& out) {
  out.reset(EVP_MD_CTX_new());
  if (out && EVP_MD_CTX_copy_ex(out.get(), context)) return true;
  set_openssl_error(interpreter, interpreter.ValueError_type, "");
  return false;
}

// The digest so far; `length` for XOF digests, else null.
bool finish_digest(Interpreter& interpreter, Value self, Value length_value, std::string& out) {
  ContextCopy copy(nullptr, &EVP_MD_CTX_free);
  if (!copy_context(interpreter, as_hash(self)->context, copy)) return false;
  if (length_value.is_null()) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned size = 0;
    if (!EVP_DigestFinal_ex(copy.get(), digest, &size)) {
      set_openssl_error(interpreter, interpreter.ValueError_type, "");
      return false;
    }
    out.assign(reinterpret_cast<const char*>(digest), size);
    return true;
  }
  std::int64_t length = 0;
  if (!runtime::index_argument(interpreter, length_value, length)) return false;
  if (length < 0) {
    interpreter.set_exception(interpreter.SystemError_type, "Negative size passed to PyBytes_FromStringAndSize");
    return false;
  }
  out.assign(static_cast<std::size_t>(length), '\0');
  if (length > 0 &&
      !EVP_DigestFinalXOF(copy.get(), reinterpret_cast<unsigned char*>(out.data()), static_cast<std::size_t>(length))) {
    set_openssl_error(interpreter, interpreter.ValueError_type, "");
    return false;
  }
  return true;
}

Ref hash_update_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  if (!runtime::check_one_argument(interpreter, "update", count, kwnames)) return Ref();
  std::string_view data;
  if (!hash_data_argument(interpreter, arguments[0], data) || !hash_update(interpreter, as_hash(self)->context, data))
    return Ref();
  return interpreter.new_none();
}

// digest() and hexdigest(); HASHXOF's take (length).
template <bool xof, bool hex>
Ref hash_digest(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count, Value kwnames) {
  const char* name = hex ? "hexdigest" : "digest";
  Value length;
  if constexpr (xof) {
    if (!runtime::bind_arguments(interpreter, {name, {"length"}, 0, 0, 1}, arguments, count, kwnames, &length))
      return Ref();
  } else if (!runtime::check_no_arguments(interpreter, name, count, kwnames)) {
    return Ref();
  }
  std::string digest;
  if (!finish_digest(interpreter, self, length, digest)) return Ref();
  if constexpr (hex) return runtime::new_str(interpreter, runtime::hex_text(digest, 0, 0));
  return runtime::new_bytes(interpreter, digest);
}

Ref hash_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy", count, kwnames)) return Ref();
  Ref copy = new_hash_object(interpreter, EVP_MD_CTX_get0_md(as_hash(self)->context));
  if (!EVP_MD_CTX_copy_ex(as_hash(copy.get())->context, as_hash(self)->context))
    return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  return copy;
}

Ref hash_name(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, digest_name(EVP_MD_CTX_get0_md(as_hash(self)->context)));
}

// A SHAKE digest has no size of its own: 0, as CPython 3.11 answers.
Ref hash_digest_size(Interpreter&, Value self) {
  const EVP_MD* digest = EVP_MD_CTX_get0_md(as_hash(self)->context);
  if (EVP_MD_get_flags(digest) & EVP_MD_FLAG_XOF) return Ref::small_int(0);
  return Ref::small_int(EVP_MD_get_size(digest));
}

Ref hash_block_size(Interpreter&, Value self) {
  return Ref::small_int(EVP_MD_get_block_size(EVP_MD_CTX_get0_md(as_hash(self)->context)));
}

Ref hash_repr(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, "<" + digest_name(EVP_MD_CTX_get0_md(as_hash(self)->context)) + " " +
                                           self.as_object()->type->name + " object @ " +
                                           runtime::address_text(self.as_object()) + ">");
}

// ---- HMAC -------------------------------------------------------------------------

struct HmacObject : runtime::Object {
  EVP_MAC_CTX* context = nullptr;
  const EVP_MD* digest = nullptr;
};

HmacObject* as_hmac(Value value) { return static_cast<HmacObject*>(value.as_object()); }

void hmac_deallocate(Interpreter&, runtime::Object* object) {
  auto* hmac = static_cast<HmacObject*>(object);
  EVP_MAC_CTX_free(hmac->context);
  delete hmac;
}

// A MAC context computing HMAC with `digest` under `key`.
EVP_MAC_CTX* new_hmac_context(const EVP_MD* digest, std::string_view key) {
  EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
  if (!mac) return nullptr;
  EVP_MAC_CTX* context = EVP_MAC_CTX_new(mac);
  EVP_MAC_free(mac);
  if (!context) return nullptr;
  std::string name = OBJ_nid2sn(EVP_MD_get_type(digest));
  const OSSL_PARAM parameters[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, name.data(), 0),
                                   OSSL_PARAM_construct_end()};
  // EVP_MAC_init refuses a null key even when empty.
  static const unsigned char no_key = 0;
  const auto* key_bytes = key.empty() ? &no_key : reinterpret_cast<const unsigned char*>(key.data());
  if (!EVP_MAC_init(context, key_bytes, key.size(), parameters)) {
    EVP_MAC_CTX_free(context);
    return nullptr;
  }
  return context;
}

bool hmac_update(Interpreter& interpreter, EVP_MAC_CTX* context, std::string_view data) {
  if (data.empty() || EVP_MAC_update(context, reinterpret_cast<const unsigned char*>(data.data()), data.size()))
    return true;
  set_openssl_error(interpreter, interpreter.ValueError_type, "");
  return false;
}

// hmac_new(key, msg=b'', digestmod=None).
Ref hashlib_hmac_new(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {"hmac_new", {"key", "msg", "digestmod"}, 0, 0, 1}, arguments, count,
                               kwnames, bound))
    return Ref();
  std::string_view key, message;
  if (!runtime::require_byte_view(interpreter, bound[0], key)) return Ref();
  if (key.size() > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "key is too long.");
  if (bound[2].is_null())
    return interpreter.raise(interpreter.TypeError_type, "Missing required parameter 'digestmod'.");
  const EVP_MD* digest = digest_by_digestmod(interpreter, bound[2]);
  if (!digest) return Ref();
  if (!bound[1].is_null() && bound[1] != interpreter.none() && !hash_data_argument(interpreter, bound[1], message))
    return Ref();
  auto* object = new HmacObject;
  runtime::set_object_type(object, interpreter.hashlib.hmac_type);
  Ref result = Ref::steal(Value::object(object));
  object->digest = digest;
  object->context = new_hmac_context(digest, key);
  if (!object->context) return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  if (!hmac_update(interpreter, object->context, message)) return Ref();
  return result;
}

// The MAC so far, from a copy of the context.
bool hmac_finish(Interpreter& interpreter, Value self, std::string& out) {
  EVP_MAC_CTX* copy = EVP_MAC_CTX_dup(as_hmac(self)->context);
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t size = 0;
  const bool done = copy && EVP_MAC_final(copy, mac, &size, sizeof mac);
  EVP_MAC_CTX_free(copy);
  if (!done) {
    set_openssl_error(interpreter, interpreter.ValueError_type, "");
    return false;
  }
  out.assign(reinterpret_cast<const char*>(mac), size);
  return true;
}

// HMAC.update(msg).
Ref hmac_update_method(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                       Value kwnames) {
  Value message;
  std::string_view data;
  if (!runtime::bind_arguments(interpreter, {"update", {"msg"}, 0, 0, 1}, arguments, count, kwnames, &message) ||
      !hash_data_argument(interpreter, message, data) || !hmac_update(interpreter, as_hmac(self)->context, data))
    return Ref();
  return interpreter.new_none();
}

template <bool hex>
Ref hmac_digest_method(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, hex ? "hexdigest" : "digest", count, kwnames)) return Ref();
  std::string mac;
  if (!hmac_finish(interpreter, self, mac)) return Ref();
  if constexpr (hex) return runtime::new_str(interpreter, runtime::hex_text(mac, 0, 0));
  return runtime::new_bytes(interpreter, mac);
}

Ref hmac_copy(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "copy", count, kwnames)) return Ref();
  auto* object = new HmacObject;
  runtime::set_object_type(object, interpreter.hashlib.hmac_type);
  Ref result = Ref::steal(Value::object(object));
  object->digest = as_hmac(self)->digest;
  object->context = EVP_MAC_CTX_dup(as_hmac(self)->context);
  if (!object->context) return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  return result;
}

Ref hmac_name(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, "hmac-" + digest_name(as_hmac(self)->digest));
}
Ref hmac_digest_size(Interpreter&, Value self) { return Ref::small_int(EVP_MD_get_size(as_hmac(self)->digest)); }
Ref hmac_block_size(Interpreter&, Value self) { return Ref::small_int(EVP_MD_get_block_size(as_hmac(self)->digest)); }

Ref hmac_repr(Interpreter& interpreter, Value self) {
  return runtime::new_str(interpreter, "<" + digest_name(as_hmac(self)->digest) + " HMAC object @ " +
                                           runtime::address_text(self.as_object()) + ">");
}

// hmac_digest(key, msg, digest): one MAC at once.
Ref hashlib_hmac_digest(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {"hmac_digest", {"key", "msg", "digest"}, 0, 0, 3}, arguments, count,
                               kwnames, bound))
    return Ref();
  std::string_view key, message;
  if (!runtime::require_byte_view(interpreter, bound[0], key) ||
      !runtime::require_byte_view(interpreter, bound[1], message))
    return Ref();
  if (key.size() > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "key is too long.");
  if (message.size() > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "msg is too long.");
  const EVP_MD* digest = digest_by_digestmod(interpreter, bound[2]);
  if (!digest) return Ref();
  EVP_MAC_CTX* context = new_hmac_context(digest, key);
  unsigned char mac[EVP_MAX_MD_SIZE];
  std::size_t size = 0;
  const bool done = context && hmac_update(interpreter, context, message) &&
                    EVP_MAC_final(context, mac, &size, sizeof mac);
  EVP_MAC_CTX_free(context);
  if (!done) {
    if (interpreter.has_exception()) return Ref();
    return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  }
  return runtime::new_bytes(interpreter, std::string_view(reinterpret_cast<const char*>(mac), size));
}

// ---- key derivation ---------------------------------------------------------------

// pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None).
Ref hashlib_pbkdf2_hmac(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[5];
  if (!runtime::bind_arguments(interpreter,
                               {"pbkdf2_hmac", {"hash_name", "password", "salt", "iterations", "dklen"}, 0, 0, 4},
                               arguments, count, kwnames, bound))
    return Ref();
  if (!runtime::is_str(interpreter, bound[0]))
    return interpreter.raise(interpreter.TypeError_type, "pbkdf2_hmac() argument 'hash_name' must be str, not " +
                                                             runtime::argument_type_name(interpreter, bound[0]));
  std::string_view password, salt;
  std::int64_t iterations = 0, length = 0;
  if (!runtime::require_byte_view(interpreter, bound[1], password) ||
      !runtime::require_byte_view(interpreter, bound[2], salt) ||
      !runtime::index_argument(interpreter, bound[3], iterations))
    return Ref();
  if (iterations < 1)
    return interpreter.raise(interpreter.ValueError_type, "iteration value must be greater than 0.");
  if (iterations > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "iteration value is too great.");
  const EVP_MD* digest = digest_by_name(interpreter, std::string(runtime::str_utf8(bound[0])));
  if (!digest) return Ref();
  if (bound[4].is_null() || bound[4] == interpreter.none()) {
    length = EVP_MD_get_size(digest);
  } else {
    if (!runtime::index_argument(interpreter, bound[4], length)) return Ref();
    if (length < 1) return interpreter.raise(interpreter.ValueError_type, "key length must be greater than 0.");
    if (length > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "key length is too great.");
  }
  std::string key(static_cast<std::size_t>(length), '\0');
  if (!PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()),
                         reinterpret_cast<const unsigned char*>(salt.data()), static_cast<int>(salt.size()),
                         static_cast<int>(iterations), digest, static_cast<int>(length),
                         reinterpret_cast<unsigned char*>(key.data())))
    return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  return runtime::new_bytes(interpreter, key);
}

// An unsigned scrypt parameter: "n is required and must be an unsigned int".
bool scrypt_parameter(Interpreter& interpreter, Value value, const char* name, std::uint64_t& out) {
  if (!value.is_null() && value != interpreter.none() && runtime::is_int(interpreter, value) &&
      runtime::int_to_uint64(interpreter, value, out))
    return true;
  interpreter.set_exception(interpreter.TypeError_type, std::string(name) + " is required and must be an unsigned int");
  return false;
}

// scrypt(password, *, salt=None, n=None, r=None, p=None, maxmem=0, dklen=64).
Ref hashlib_scrypt(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  Value bound[7];
  if (!runtime::bind_arguments(interpreter, {"scrypt", {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 0, 6, 1},
                               arguments, count, kwnames, bound))
    return Ref();
  std::string_view password, salt;
  if (!runtime::require_byte_view(interpreter, bound[0], password)) return Ref();
  if (bound[1].is_null() || bound[1] == interpreter.none())
    return interpreter.raise(interpreter.TypeError_type, "salt is required");
  if (!runtime::require_byte_view(interpreter, bound[1], salt)) return Ref();
  if (password.size() > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "password is too long.");
  if (salt.size() > INT_MAX) return interpreter.raise(interpreter.OverflowError_type, "salt is too long.");
  std::uint64_t n = 0, r = 0, p = 0;
  if (!scrypt_parameter(interpreter, bound[2], "n", n)) return Ref();
  if (n < 2 || (n & (n - 1)) != 0) return interpreter.raise(interpreter.ValueError_type, "n must be a power of 2.");
  if (!scrypt_parameter(interpreter, bound[3], "r", r) || !scrypt_parameter(interpreter, bound[4], "p", p))
    return Ref();
  std::int64_t memory = 0, length = 64;
  if ((!bound[5].is_null() && !runtime::index_argument(interpreter, bound[5], memory)) ||
      (!bound[6].is_null() && !runtime::index_argument(interpreter, bound[6], length)))
    return Ref();
  if (memory < 0 || memory > INT_MAX)
    return interpreter.raise(interpreter.ValueError_type,
                             "maxmem must be positive and smaller than " + std::to_string(INT_MAX));
  if (length < 1 || length > INT_MAX)
    return interpreter.raise(interpreter.ValueError_type,
                             "dklen must be greater than 0 and smaller than " + std::to_string(INT_MAX));
  if (!EVP_PBE_scrypt(nullptr, 0, nullptr, 0, n, r, p, static_cast<std::uint64_t>(memory), nullptr, 0)) {
    ERR_clear_error();
    return interpreter.raise(interpreter.ValueError_type, "Invalid parameter combination for n, r, p, maxmem.");
  }
  std::string key(static_cast<std::size_t>(length), '\0');
  if (!EVP_PBE_scrypt(password.data(), password.size(), reinterpret_cast<const unsigned char*>(salt.data()),
                      salt.size(), n, r, p, static_cast<std::uint64_t>(memory),
                      reinterpret_cast<unsigned char*>(key.data()), key.size()))
    return raise_openssl_error(interpreter, interpreter.ValueError_type, "");
  return runtime::new_bytes(interpreter, key);
}

// compare_digest(a, b, /): _operator._compare_digest's comparison.
Ref hashlib_compare_digest(Interpreter& interpreter, Value, const Value* arguments, std::size_t count, Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "compare_digest", kwnames) ||
      !runtime::check_argument_count(interpreter, "compare_digest", count, 2, 2))
    return Ref();
  Ref module = runtime::import_module(interpreter, "_operator");
  if (!module) return Ref();
  Ref function = runtime::get_attribute(interpreter, module.get(), interpreter.intern("_compare_digest"));
  if (!function) return Ref();
  return runtime::call(interpreter, function.get(), arguments, 2);
}

Ref hashlib_get_fips_mode(Interpreter& interpreter, Value, const Value*, std::size_t count, Value kwnames) {
  if (!runtime::check_no_arguments(interpreter, "get_fips_mode", count, kwnames)) return Ref();
  return Ref::small_int(EVP_default_properties_is_fips_enabled(nullptr));
}

// ---- the module -------------------------------------------------------------------

void make_types(Interpreter& interpreter) {
  auto& state = interpreter.hashlib;
  Type* hash = runtime::new_native_type(interpreter, "_hashlib.HASH", interpreter.object_type);
  hash->construct = nullptr;  // made by new() and the constructors only
  hash->deallocate = &hash_deallocate;
  hash->repr = &hash_repr;
  runtime::add_methods(interpreter, hash,
                       {{"update", &hash_update_method},
                        {"digest", &hash_digest<false, false>},
                        {"hexdigest", &hash_digest<false, true>},
                        {"copy", &hash_copy}});
  runtime::add_getsets(interpreter, hash,
                       {{"name", &hash_name}, {"digest_size", &hash_digest_size}, {"block_size", &hash_block_size}});
  runtime::ready_native_type(interpreter, hash);
  state.hash_type = hash;

  Type* xof = runtime::new_native_type(interpreter, "_hashlib.HASHXOF", hash);
  xof->construct = nullptr;
  xof->deallocate = &hash_deallocate;
  xof->repr = &hash_repr;
  runtime::add_methods(interpreter, xof, {{"digest", &hash_digest<true, false>}, {"hexdigest", &hash_digest<true, true>}});
  runtime::ready_native_type(interpreter, xof);
  state.hash_xof_type = xof;

  Type* hmac = runtime::new_native_type(interpreter, "_hashlib.HMAC", interpreter.object_type);
  hmac->construct = nullptr;
  hmac->deallocate = &hmac_deallocate;
  hmac->repr = &hmac_repr;
  runtime::add_methods(interpreter, hmac,
                       {{"update", &hmac_update_method},
                        {"digest", &hmac_digest_method<false>},
                        {"hexdigest", &hmac_digest_method<true>},
                        {"copy", &hmac_copy}});
  runtime::add_getsets(interpreter, hmac,
                       {{"name", &hmac_name}, {"digest_size", &hmac_digest_size}, {"block_size", &hmac_block_size}});
  runtime::ready_native_type(interpreter, hmac);
  state.hmac_type = hmac;
}

// The name of each digest the loaded providers offer, as CPython's
// _openssl_hash_name_mapper collects openssl_md_meth_names.
void collect_digest_name(EVP_MD* digest, void* context) {
  // Digests of no known object (the KECCAK-KMACs) are left out.
  if (EVP_MD_get_type(digest) != NID_undef)
    static_cast<std::vector<std::string>*>(context)->push_back(digest_name(digest));
}

}  // namespace

Ref create_hashlib_module(Interpreter& interpreter) {
  auto& state = interpreter.hashlib;
  if (!state.hash_type) {
    state.unsupported_digestmod_error =
        new_exception_class(interpreter, "_hashlib", "UnsupportedDigestmodError", interpreter.ValueError_type);
    if (!state.unsupported_digestmod_error) return Ref();
    make_types(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_hashlib");
  const Value hashlib = module.get();
  runtime::add_module_functions(interpreter, hashlib,
                                {{"new", &hashlib_new},
                                 {"openssl_md5", &hashlib_constructor<0>},
                                 {"openssl_sha1", &hashlib_constructor<1>},
                                 {"openssl_sha224", &hashlib_constructor<2>},
                                 {"openssl_sha256", &hashlib_constructor<3>},
                                 {"openssl_sha384", &hashlib_constructor<4>},
                                 {"openssl_sha512", &hashlib_constructor<5>},
                                 {"openssl_sha3_224", &hashlib_constructor<8>},
                                 {"openssl_sha3_256", &hashlib_constructor<9>},
                                 {"openssl_sha3_384", &hashlib_constructor<10>},
                                 {"openssl_sha3_512", &hashlib_constructor<11>},
                                 {"openssl_shake_128", &hashlib_constructor<12>},
                                 {"openssl_shake_256", &hashlib_constructor<13>},
                                 {"hmac_new", &hashlib_hmac_new},
                                 {"hmac_digest", &hashlib_hmac_digest},
                                 {"pbkdf2_hmac", &hashlib_pbkdf2_hmac},
                                 {"scrypt", &hashlib_scrypt},
                                 {"compare_digest", &hashlib_compare_digest},
                                 {"get_fips_mode", &hashlib_get_fips_mode}});
  // _constructors: each openssl_* function to its digest's name (hmac
  // accepts the functions as digestmod).
  state.constructors = runtime::new_dict(interpreter);
  for (std::size_t index : {0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13}) {
    const std::string function_name = std::string("openssl_") + digest_names[index].python;
    Ref function = runtime::get_attribute(interpreter, hashlib, interpreter.intern(function_name));
    Ref name = runtime::new_str(interpreter, digest_names[index].python);
    if (!function || !runtime::dict_set_item(interpreter, state.constructors.get(), function.get(), name.get()))
      return Ref();
  }
  Ref proxy = runtime::new_mappingproxy(interpreter, state.constructors.get());
  if (!proxy) return Ref();
  runtime::module_set(interpreter, hashlib, "_constructors", proxy.get());
  std::vector<std::string> names;
  EVP_MD_do_all_provided(nullptr, &collect_digest_name, &names);
  Ref set = runtime::new_set(interpreter);
  for (const std::string& name : names) {
    Ref text = runtime::new_str(interpreter, name);
    if (!runtime::set_add(interpreter, set.get(), text.get())) return Ref();
  }
  Ref frozen = runtime::new_frozenset(interpreter, set.get());
  if (!frozen) return Ref();
  runtime::module_set(interpreter, hashlib, "openssl_md_meth_names", frozen.get());
  for (auto [name, type] : {std::pair{"HASH", state.hash_type}, std::pair{"HASHXOF", state.hash_xof_type},
                            std::pair{"HMAC", state.hmac_type}})
    runtime::module_set(interpreter, hashlib, name, Value::object(type));
  runtime::module_set(interpreter, hashlib, "UnsupportedDigestmodError", state.unsupported_digestmod_error.get());
  return module;
}

}  // namespace krait::modules

// Native modules: _lzma (CPython's Modules/_lzmamodule.c) over liblzma:
// LZMACompressor and LZMADecompressor for the .xz, legacy .lzma and raw
// formats, filter chains given as dicts ({"id": FILTER_LZMA2, "preset": 6}),
// _encode/_decode_filter_properties (zipfile's LZMA), is_check_supported,
// LZMAError and the constants lzma.py re-exports.
#include <lzma.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "modules/decompressor.h"
#include "modules/module_support.h"
#include "objects/bytes_methods.h"
#include "objects/bytes_object.h"
#include "objects/descriptor_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/str_object.h"
#include "objects/tuple_object.h"
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

constexpr int format_auto = 0, format_xz = 1, format_alone = 2, format_raw = 3;

runtime::Type* lzma_error_type(Interpreter& interpreter) { return class_type(interpreter.compression.lzma_error); }

// CPython's catch_lzma_error: false with the exception for a failing code.
bool check_lzma(Interpreter& interpreter, lzma_ret code) {
  const char* message = nullptr;
  switch (code) {
    case LZMA_OK:
    case LZMA_GET_CHECK:
    case LZMA_NO_CHECK:
    case LZMA_STREAM_END:
      return true;
    case LZMA_UNSUPPORTED_CHECK:
      message = "Unsupported integrity check";
      break;
    case LZMA_MEM_ERROR:
      interpreter.set_exception(interpreter.MemoryError_type, "");
      return false;
    case LZMA_MEMLIMIT_ERROR:
      message = "Memory usage limit exceeded";
      break;
    case LZMA_FORMAT_ERROR:
      message = "Input format not supported by decoder";
      break;
    case LZMA_OPTIONS_ERROR:
      message = "Invalid or unsupported options";
      break;
    case LZMA_DATA_ERROR:
      message = "Corrupt input data";
      break;
    case LZMA_BUF_ERROR:
      message = "Insufficient buffer space";
      break;
    case LZMA_PROG_ERROR:
      message = "Internal error";
      break;
    default:
      interpreter.set_exception(lzma_error_type(interpreter),
                                "Unrecognized error from liblzma: " + std::to_string(static_cast<int>(code)));
      return false;
  }
  interpreter.set_exception(lzma_error_type(interpreter), message);
  return false;
}

// An unsigned integer option (CPython's uint32_converter and
// lzma_vli_converter): OverflowError past `maximum`.
bool unsigned_argument(Interpreter& interpreter, Value value, std::uint64_t maximum, std::uint64_t& out) {
  Ref integer = runtime::number_index(interpreter, value);
  if (!integer) return false;
  if (runtime::int_sign(interpreter, integer.get()) < 0) {
    interpreter.set_exception(interpreter.OverflowError_type, "Value too large for uint32_t type");
    return false;
  }
  if (!runtime::int_to_uint64(interpreter, integer.get(), out) || out > maximum) {
    interpreter.set_exception(interpreter.OverflowError_type,
                              maximum == UINT32_MAX ? "Value too large for uint32_t type"
                                                    : "Value too large for lzma_vli type");
    return false;
  }
  return true;
}

// ---- filter chains ----------------------------------------------------------------

// A filter chain as liblzma takes it, with the options its filters point to.
struct FilterChain {
  lzma_filter filters[LZMA_FILTERS_MAX + 1];
  std::vector<std::variant<lzma_options_lzma, lzma_options_delta, lzma_options_bcj>> options;
  FilterChain() {
    options.reserve(LZMA_FILTERS_MAX);
    filters[0].id = LZMA_VLI_UNKNOWN;
  }
};

// Reads spec[name] when present: 1 with `out`, 0 absent, -1 error.
int spec_item(Interpreter& interpreter, Value spec, const char* name, Ref& out) {
  Ref key = runtime::new_str(interpreter, name);
  out = runtime::get_item(interpreter, spec, key.get());
  if (out) return 1;
  if (!interpreter.exception_is(interpreter.KeyError_type)) return -1;
  Ref ignored = interpreter.take_exception();
  return 0;
}

// Every key of `spec` is one of `allowed` (PyArg_ParseTupleAndKeywords'
// check): else ValueError "Invalid filter specifier for <kind> filter".
bool check_spec_keys(Interpreter& interpreter, Value spec, std::initializer_list<std::string_view> allowed,
                     const char* kind) {
  Ref keys = runtime::call_method(interpreter, spec, interpreter.intern("keys"), nullptr, 0);
  Ref iterator = keys ? runtime::get_iterator(interpreter, keys.get()) : Ref();
  if (!iterator) return false;
  while (Ref key = runtime::iterator_next(interpreter, iterator.get())) {
    const bool known = runtime::is_str(interpreter, key.get()) &&
                       std::find(allowed.begin(), allowed.end(), runtime::str_utf8(key.get())) != allowed.end();
    if (!known) {
      interpreter.set_exception(interpreter.ValueError_type,
                                std::string("Invalid filter specifier for ") + kind + " filter");
      return false;
    }
  }
  return !interpreter.has_exception();
}

// An option of the spec into `field` when given; a bad value is the
// kind's ValueError, as CPython reports a failed parse.
template <class Field>
bool spec_option(Interpreter& interpreter, Value spec, const char* name, const char* kind, std::uint64_t maximum,
                 Field& field) {
  Ref value;
  const int found = spec_item(interpreter, spec, name, value);
  if (found <= 0) return found == 0;
  std::uint64_t number = 0;
  if (!unsigned_argument(interpreter, value.get(), maximum, number)) {
    Ref ignored = interpreter.take_exception();
    interpreter.set_exception(interpreter.ValueError_type, std::string("Invalid filter specifier for ") + kind + " filter");
    return false;
  }
  field = static_cast<Field>(number);
  return true;
}

// One filter spec (a mapping with "id" and the filter's options) as `out`.
bool parse_filter_spec(Interpreter& interpreter, Value spec, FilterChain& chain, lzma_filter& out) {
  if (runtime::lookup_special(interpreter, spec, interpreter.intern("__getitem__")).is_null()) {
    interpreter.set_exception(interpreter.TypeError_type, "Filter specifier must be a dict or dict-like object");
    return false;
  }
  Ref id_value;
  const int found = spec_item(interpreter, spec, "id", id_value);
  if (found < 0) return false;
  if (found == 0) {
    interpreter.set_exception(interpreter.ValueError_type, "Filter specifier must have an \"id\" entry");
    return false;
  }
  std::uint64_t id = 0;
  if (!unsigned_argument(interpreter, id_value.get(), LZMA_VLI_MAX, id)) return false;
  out.id = id;
  switch (id) {
    case LZMA_FILTER_LZMA1:
    case LZMA_FILTER_LZMA2: {
      const char* kind = "LZMA";
      if (!check_spec_keys(interpreter, spec,
                           {"id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"}, kind))
        return false;
      std::uint32_t preset = LZMA_PRESET_DEFAULT;
      if (!spec_option(interpreter, spec, "preset", kind, UINT32_MAX, preset)) return false;
      auto& options = std::get<lzma_options_lzma>(chain.options.emplace_back(lzma_options_lzma{}));
      if (lzma_lzma_preset(&options, preset)) {
        interpreter.set_exception(lzma_error_type(interpreter), "Invalid compression preset: " + std::to_string(preset));
        return false;
      }
      std::uint32_t mode = options.mode, match_finder = options.mf;
      if (!spec_option(interpreter, spec, "dict_size", kind, UINT32_MAX, options.dict_size) ||
          !spec_option(interpreter, spec, "lc", kind, UINT32_MAX, options.lc) ||
          !spec_option(interpreter, spec, "lp", kind, UINT32_MAX, options.lp) ||
          !spec_option(interpreter, spec, "pb", kind, UINT32_MAX, options.pb) ||
          !spec_option(interpreter, spec, "mode", kind, UINT32_MAX, mode) ||
          !spec_option(interpreter, spec, "nice_len", kind, UINT32_MAX, options.nice_len) ||
          !spec_option(interpreter, spec, "mf", kind, UINT32_MAX, match_finder) ||
          !spec_option(interpreter, spec, "depth", kind, UINT32_MAX, options.depth))
        return false;
      options.mode = static_cast<lzma_mode>(mode);
      options.mf = static_cast<lzma_match_finder>(match_finder);
      out.options = &options;
      return true;
    }
    case LZMA_FILTER_DELTA: {
      if (!check_spec_keys(interpreter, spec, {"id", "dist"}, "delta")) return false;
      auto& options = std::get<lzma_options_delta>(chain.options.emplace_back(lzma_options_delta{}));
      options.type = LZMA_DELTA_TYPE_BYTE;
      options.dist = 1;
      if (!spec_option(interpreter, spec, "dist", "delta", UINT32_MAX, options.dist)) return false;
      out.options = &options;
      return true;
    }
    case LZMA_FILTER_X86:
    case LZMA_FILTER_POWERPC:
    case LZMA_FILTER_IA64:
    case LZMA_FILTER_ARM:
    case LZMA_FILTER_ARMTHUMB:
    case LZMA_FILTER_SPARC: {
      if (!check_spec_keys(interpreter, spec, {"id", "start_offset"}, "BCJ")) return false;
      auto& options = std::get<lzma_options_bcj>(chain.options.emplace_back(lzma_options_bcj{}));
      if (!spec_option(interpreter, spec, "start_offset", "BCJ", UINT32_MAX, options.start_offset)) return false;
      out.options = &options;
      return true;
    }
    default:
      interpreter.set_exception(interpreter.ValueError_type, "Invalid filter ID: " + std::to_string(id));
      return false;
  }
}

// A sequence of filter specs as a chain.
bool parse_filter_chain(Interpreter& interpreter, Value specs, FilterChain& chain) {
  Ref items = runtime::tuple_from_iterable(interpreter, specs);
  if (!items) return false;
  const runtime::TupleObject* tuple = runtime::as_tuple(items.get());
  if (tuple->size > LZMA_FILTERS_MAX) {
    interpreter.set_exception(interpreter.ValueError_type, "Too many filters - liblzma supports a maximum of " +
                                                               std::to_string(LZMA_FILTERS_MAX));
    return false;
  }
  for (std::int64_t i = 0; i < tuple->size; ++i) {
    if (!parse_filter_spec(interpreter, tuple->items()[i], chain, chain.filters[i])) return false;
    chain.filters[i + 1].id = LZMA_VLI_UNKNOWN;
  }
  return true;
}

// ---- LZMACompressor ---------------------------------------------------------------

struct CompressorObject : runtime::Object {
  lzma_stream stream = LZMA_STREAM_INIT;
  bool flushed = false;
};

CompressorObject* as_compressor(Value value) { return static_cast<CompressorObject*>(value.as_object()); }

void compressor_deallocate(Interpreter&, runtime::Object* object) {
  auto* compressor = static_cast<CompressorObject*>(object);
  lzma_end(&compressor->stream);
  delete compressor;
}

// Starts the encoder of `format` (CPython's Compressor_init_xz/alone/raw).
bool start_encoder(Interpreter& interpreter, lzma_stream& stream, int format, int check, Value preset_value,
                   Value filters) {
  std::uint64_t preset = LZMA_PRESET_DEFAULT;
  if (preset_value != interpreter.none() && !unsigned_argument(interpreter, preset_value, UINT32_MAX, preset))
    return false;
  const bool chain_given = filters != interpreter.none();
  FilterChain chain;
  if (chain_given && !parse_filter_chain(interpreter, filters, chain)) return false;
  switch (format) {
    case format_xz: {
      const lzma_check integrity = static_cast<lzma_check>(check == -1 ? LZMA_CHECK_CRC64 : check);
      return check_lzma(interpreter, chain_given ? lzma_stream_encoder(&stream, chain.filters, integrity)
                                                 : lzma_easy_encoder(&stream, static_cast<std::uint32_t>(preset),
                                                                     integrity));
    }
    case format_alone: {
      if (!chain_given) {
        lzma_options_lzma options{};
        if (lzma_lzma_preset(&options, static_cast<std::uint32_t>(preset))) {
          interpreter.set_exception(lzma_error_type(interpreter),
                                    "Invalid compression preset: " + std::to_string(preset));
          return false;
        }
        return check_lzma(interpreter, lzma_alone_encoder(&stream, &options));
      }
      if (chain.filters[0].id != LZMA_FILTER_LZMA1 || chain.filters[1].id != LZMA_VLI_UNKNOWN) {
        interpreter.set_exception(interpreter.ValueError_type,
                                  "Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
        return false;
      }
      return check_lzma(interpreter,
                        lzma_alone_encoder(&stream, static_cast<lzma_options_lzma*>(chain.filters[0].options)));
    }
    default:
      if (!chain_given) {
        interpreter.set_exception(interpreter.ValueError_type, "Must specify filters for FORMAT_RAW");
        return false;
      }
      return check_lzma(interpreter, lzma_raw_encoder(&stream, chain.filters));
  }
}

// LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None).
Ref compressor_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                         Value kwnames) {
  Value bound[4];
  if (!runtime::bind_arguments(interpreter, {"LZMACompressor", {"format", "check", "preset", "filters"}, 0, 0, 0},
                               arguments, count, kwnames, bound))
    return Ref();
  int format = format_xz, check = -1;
  if ((!bound[0].is_null() && !runtime::index_to_c_int(interpreter, bound[0], format)) ||
      (!bound[1].is_null() && !runtime::index_to_c_int(interpreter, bound[1], check)))
    return Ref();
  const Value preset = bound[2].is_null() ? interpreter.none() : bound[2];
  const Value filters = bound[3].is_null() ? interpreter.none() : bound[3];
  if (format != format_xz && check != -1 && check != LZMA_CHECK_NONE)
    return interpreter.raise(interpreter.ValueError_type, "Integrity checks are only supported by FORMAT_XZ");
  if (preset != interpreter.none() && filters != interpreter.none())
    return interpreter.raise(interpreter.ValueError_type, "Cannot specify both preset and filter chain");
  if (format != format_xz && format != format_alone && format != format_raw)
    return interpreter.raise(interpreter.ValueError_type, "Invalid container format: " + std::to_string(format));
  auto* object = new CompressorObject;
  runtime::set_object_type(object, static_cast<Type*>(callee.as_object()));
  Ref result = Ref::steal(Value::object(object));
  if (!start_encoder(interpreter, object->stream, format, check, preset, filters)) return Ref();
  return result;
}

// Runs the encoder over `data` with `action` (LZMA_RUN or LZMA_FINISH).
Ref run_compressor(Interpreter& interpreter, lzma_stream& stream, std::string_view data, lzma_action action) {
  std::string out;
  stream.next_in = reinterpret_cast<const std::uint8_t*>(data.data());
  stream.avail_in = data.size();
  for (;;) {
    const std::size_t produced = out.size();
    out.resize(produced + std::max<std::size_t>(produced, 8192));
    stream.next_out = reinterpret_cast<std::uint8_t*>(out.data() + produced);
    stream.avail_out = out.size() - produced;
    const lzma_ret code = lzma_code(&stream, action);
    out.resize(out.size() - stream.avail_out);
    if (!check_lzma(interpreter, code)) return Ref();
    if ((action == LZMA_RUN && stream.avail_in == 0) || (action == LZMA_FINISH && code == LZMA_STREAM_END)) break;
  }
  return runtime::new_bytes(interpreter, out);
}

Ref compressor_compress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                        Value kwnames) {
  CompressorObject* compressor = as_compressor(self);
  std::string_view data;
  if (!compress_arguments(interpreter, compressor->flushed, arguments, count, kwnames, data)) return Ref();
  return run_compressor(interpreter, compressor->stream, data, LZMA_RUN);
}

Ref compressor_flush(Interpreter& interpreter, Value self, const Value*, std::size_t count, Value kwnames) {
  CompressorObject* compressor = as_compressor(self);
  if (!flush_arguments(interpreter, compressor->flushed, count, kwnames)) return Ref();
  return run_compressor(interpreter, compressor->stream, {}, LZMA_FINISH);
}

// ---- LZMADecompressor -------------------------------------------------------------

struct DecompressorObject : runtime::Object {
  lzma_stream stream = LZMA_STREAM_INIT;
  int check = LZMA_CHECK_ID_MAX + 1;  // CHECK_UNKNOWN: not known until the header is read
  DecompressorInput input;
};

DecompressorObject* as_decompressor(Value value) { return static_cast<DecompressorObject*>(value.as_object()); }

void decompressor_deallocate(Interpreter&, runtime::Object* object) {
  auto* decompressor = static_cast<DecompressorObject*>(object);
  lzma_end(&decompressor->stream);
  delete decompressor;
}

// LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None).
Ref decompressor_construct(Interpreter& interpreter, Value callee, const Value* arguments, std::size_t count,
                           Value kwnames) {
  Value bound[3];
  if (!runtime::bind_arguments(interpreter, {"LZMADecompressor", {"format", "memlimit", "filters"}, 0, 0, 0},
                               arguments, count, kwnames, bound))
    return Ref();
  int format = format_auto;
  if (!bound[0].is_null() && !runtime::index_to_c_int(interpreter, bound[0], format)) return Ref();
  const bool has_limit = !bound[1].is_null() && bound[1] != interpreter.none();
  const bool has_filters = !bound[2].is_null() && bound[2] != interpreter.none();
  if (has_limit && format == format_raw)
    return interpreter.raise(interpreter.ValueError_type, "Cannot specify memory limit with FORMAT_RAW");
  if (format == format_raw && !has_filters)
    return interpreter.raise(interpreter.ValueError_type, "Must specify filters for FORMAT_RAW");
  if (format != format_raw && has_filters)
    return interpreter.raise(interpreter.ValueError_type, "Cannot specify filters except with FORMAT_RAW");
  std::uint64_t memory_limit = UINT64_MAX;
  if (has_limit && !unsigned_argument(interpreter, bound[1], UINT64_MAX, memory_limit)) return Ref();
  auto* object = new DecompressorObject;
  runtime::set_object_type(object, static_cast<Type*>(callee.as_object()));
  Ref result = Ref::steal(Value::object(object));
  object->input.unused_data = runtime::new_bytes(interpreter, "");
  constexpr std::uint32_t flags = LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK;
  lzma_ret code = LZMA_OK;
  switch (format) {
    case format_auto:
      code = lzma_auto_decoder(&object->stream, memory_limit, flags);
      break;
    case format_xz:
      code = lzma_stream_decoder(&object->stream, memory_limit, flags);
      break;
    case format_alone:
      object->check = LZMA_CHECK_NONE;
      code = lzma_alone_decoder(&object->stream, memory_limit);
      break;
    case format_raw: {
      object->check = LZMA_CHECK_NONE;
      FilterChain chain;
      if (!parse_filter_chain(interpreter, bound[2], chain)) return Ref();
      code = lzma_raw_decoder(&object->stream, chain.filters);
      break;
    }
    default:
      return interpreter.raise(interpreter.ValueError_type, "Invalid container format: " + std::to_string(format));
  }
  if (!check_lzma(interpreter, code)) return Ref();
  return result;
}

DecompressStep lzma_step(Interpreter& interpreter, void* context, std::string_view& input, char*& out,
                         std::size_t& room) {
  DecompressorObject* decompressor = as_decompressor(Value::object(static_cast<runtime::Object*>(context)));
  lzma_stream& stream = decompressor->stream;
  stream.next_in = reinterpret_cast<const std::uint8_t*>(input.data());
  stream.avail_in = input.size();
  stream.next_out = reinterpret_cast<std::uint8_t*>(out);
  stream.avail_out = room;
  const lzma_ret code = lzma_code(&stream, LZMA_RUN);
  input.remove_prefix(input.size() - stream.avail_in);
  out += room - stream.avail_out;
  room = stream.avail_out;
  if (!check_lzma(interpreter, code)) return DecompressStep::failed;
  if (code == LZMA_GET_CHECK || code == LZMA_NO_CHECK) decompressor->check = lzma_get_check(&stream);
  return code == LZMA_STREAM_END ? DecompressStep::ended : DecompressStep::more;
}

Ref decompressor_decompress(Interpreter& interpreter, Value self, const Value* arguments, std::size_t count,
                            Value kwnames) {
  return decompress_method(interpreter, as_decompressor(self)->input, &lzma_step, self.as_object(), arguments, count,
                           kwnames, DecompressOrder::output_first);
}

Ref decompressor_check(Interpreter&, Value self) { return Ref::small_int(as_decompressor(self)->check); }

// ---- module functions -------------------------------------------------------------

Ref lzma_is_check_supported(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                            Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "is_check_supported", kwnames) ||
      !runtime::check_argument_count(interpreter, "is_check_supported", count, 1, 1))
    return Ref();
  int check = 0;
  if (!runtime::index_to_c_int(interpreter, arguments[0], check)) return Ref();
  return interpreter.new_boolean(lzma_check_is_supported(static_cast<lzma_check>(check)));
}

// _encode_filter_properties(filter, /): the raw properties of one filter.
Ref lzma_encode_filter_properties(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                  Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_encode_filter_properties", kwnames) ||
      !runtime::check_argument_count(interpreter, "_encode_filter_properties", count, 1, 1))
    return Ref();
  FilterChain chain;
  lzma_filter filter{};
  if (!parse_filter_spec(interpreter, arguments[0], chain, filter)) return Ref();
  std::uint32_t size = 0;
  if (!check_lzma(interpreter, lzma_properties_size(&size, &filter))) return Ref();
  std::string out(size, '\0');
  if (!check_lzma(interpreter, lzma_properties_encode(&filter, reinterpret_cast<std::uint8_t*>(out.data()))))
    return Ref();
  return runtime::new_bytes(interpreter, out);
}

// _decode_filter_properties(filter_id, encoded_props, /): the filter spec.
Ref lzma_decode_filter_properties(Interpreter& interpreter, Value, const Value* arguments, std::size_t count,
                                  Value kwnames) {
  if (!runtime::reject_keywords(interpreter, "_decode_filter_properties", kwnames) ||
      !runtime::check_argument_count(interpreter, "_decode_filter_properties", count, 2, 2))
    return Ref();
  std::uint64_t id = 0;
  std::string_view encoded;
  if (!unsigned_argument(interpreter, arguments[0], LZMA_VLI_MAX, id) ||
      !runtime::require_byte_view(interpreter, arguments[1], encoded))
    return Ref();
  lzma_filter filter{};
  filter.id = id;
  if (!check_lzma(interpreter, lzma_properties_decode(&filter, nullptr,
                                                      reinterpret_cast<const std::uint8_t*>(encoded.data()),
                                                      encoded.size())))
    return Ref();
  std::unique_ptr<void, decltype(&std::free)> options(filter.options, &std::free);
  Ref spec = runtime::new_dict(interpreter);
  std::vector<std::pair<const char*, std::uint64_t>> fields = {{"id", id}};
  if (id == LZMA_FILTER_LZMA1 || id == LZMA_FILTER_LZMA2) {
    const auto* lzma = static_cast<const lzma_options_lzma*>(filter.options);
    if (id == LZMA_FILTER_LZMA1)
      fields.insert(fields.end(), {{"lc", lzma->lc}, {"lp", lzma->lp}, {"pb", lzma->pb}});
    fields.push_back({"dict_size", lzma->dict_size});
  } else if (id == LZMA_FILTER_DELTA) {
    fields.push_back({"dist", static_cast<const lzma_options_delta*>(filter.options)->dist});
  } else if (filter.options) {
    fields.push_back({"start_offset", static_cast<const lzma_options_bcj*>(filter.options)->start_offset});
  }
  for (const auto& [name, value] : fields) {
    Ref number = runtime::new_int(interpreter, static_cast<std::int64_t>(value));
    runtime::dict_set_str(interpreter, spec.get(), interpreter.intern(name), number.get());
  }
  return spec;
}

void make_types(Interpreter& interpreter) {
  auto& state = interpreter.compression;
  Type* compressor = runtime::new_native_type(interpreter, "_lzma.LZMACompressor", interpreter.object_type);
  compressor->construct = &compressor_construct;
  compressor->deallocate = &compressor_deallocate;
  runtime::add_methods(interpreter, compressor, {{"compress", &compressor_compress}, {"flush", &compressor_flush}});
  runtime::ready_native_type(interpreter, compressor);
  state.lzma_compressor_type = compressor;

  Type* decompressor = runtime::new_native_type(interpreter, "_lzma.LZMADecompressor", interpreter.object_type);
  decompressor->construct = &decompressor_construct;
  decompressor->deallocate = &decompressor_deallocate;
  runtime::add_methods(interpreter, decompressor, {{"decompress", &decompressor_decompress}});
  runtime::add_getsets(interpreter, decompressor, {{"check", &decompressor_check, &runtime::readonly_member}});
  add_decompressor_attributes<DecompressorObject>(interpreter, decompressor);
  runtime::ready_native_type(interpreter, decompressor);
  state.lzma_decompressor_type = decompressor;
}

}  // namespace

Ref create_lzma_module(Interpreter& interpreter) {
  auto& state = interpreter.compression;
  if (!state.lzma_compressor_type) {
    state.lzma_error = new_exception_class(interpreter, "_lzma", "LZMAError", interpreter.Exception_type);
    if (!state.lzma_error) return Ref();
    make_types(interpreter);
  }
  Ref module = runtime::new_module(interpreter, "_lzma");
  const Value lzma = module.get();
  runtime::add_module_functions(interpreter, lzma,
                                {{"is_check_supported", &lzma_is_check_supported},
                                 {"_encode_filter_properties", &lzma_encode_filter_properties},
                                 {"_decode_filter_properties", &lzma_decode_filter_properties}});
  static constexpr IntConstant constants[] = {
      {"FORMAT_AUTO", format_auto},
      {"FORMAT_XZ", format_xz},
      {"FORMAT_ALONE", format_alone},
      {"FORMAT_RAW", format_raw},
      {"CHECK_NONE", LZMA_CHECK_NONE},
      {"CHECK_CRC32", LZMA_CHECK_CRC32},
      {"CHECK_CRC64", LZMA_CHECK_CRC64},
      {"CHECK_SHA256", LZMA_CHECK_SHA256},
      {"CHECK_ID_MAX", LZMA_CHECK_ID_MAX},
      {"CHECK_UNKNOWN", LZMA_CHECK_ID_MAX + 1},
      {"FILTER_LZMA1", static_cast<long>(LZMA_FILTER_LZMA1)},
      {"FILTER_LZMA2", LZMA_FILTER_LZMA2},
      {"FILTER_DELTA", LZMA_FILTER_DELTA},
      {"FILTER_X86", LZMA_FILTER_X86},
      {"FILTER_IA64", LZMA_FILTER_IA64},
      {"FILTER_ARM", LZMA_FILTER_ARM},
      {"FILTER_ARMTHUMB", LZMA_FILTER_ARMTHUMB},
      {"FILTER_SPARC", LZMA_FILTER_SPARC},
      {"FILTER_POWERPC", LZMA_FILTER_POWERPC},
      {"MF_HC3", LZMA_MF_HC3},
      {"MF_HC4", LZMA_MF_HC4},
      {"MF_BT2", LZMA_MF_BT2},
      {"MF_BT3", LZMA_MF_BT3},
      {"MF_BT4", LZMA_MF_BT4},
      {"MODE_FAST", LZMA_MODE_FAST},
      {"MODE_NORMAL", LZMA_MODE_NORMAL},
      {"PRESET_DEFAULT", LZMA_PRESET_DEFAULT},
      {"PRESET_EXTREME", static_cast<long>(LZMA_PRESET_EXTREME)},
  };
  add_int_constants(interpreter, lzma, constants);
  runtime::module_set(interpreter, lzma, "LZMAError", state.lzma_error.get());
  runtime::module_set(interpreter, lzma, "LZMACompressor", Value::object(state.lzma_compressor_type));
  runtime::module_set(interpreter, lzma, "LZMADecompressor", Value::object(state.lzma_decompressor_type));
  return module;
}

}  // namespace krait::modules

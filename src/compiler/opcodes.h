// Compiler stage: the Opcode enum and the 32-bit instruction encoding.
#pragma once

#include <cstdint>
#include <string_view>

namespace krait::compiler {

enum class Opcode : std::uint8_t {
#define KRAIT_OPCODE(name, format, comment) name,
#include "compiler/opcodes.def"
#undef KRAIT_OPCODE
};

#define KRAIT_OPCODE(name, format, comment) +1
constexpr int opcode_count = 0
#include "compiler/opcodes.def"
    ;
#undef KRAIT_OPCODE
static_assert(opcode_count <= 256, "an opcode is one byte");

enum class OperandFormat : std::uint8_t { none, A, AB, ABC, ABx, AsBx, sJ, An, ABn, Ann, Aw, ABw, AnK };

// Formats whose instruction is followed by a data word.
constexpr bool has_data_word(OperandFormat format) {
  return format == OperandFormat::Aw || format == OperandFormat::ABw || format == OperandFormat::AnK;
}

// An instruction is one 32-bit word (as Lua 5.4):
//   bits 0-7 opcode | 8-15 A | 16-23 B | 24-31 C
//                   | 8-15 A | 16-31 Bx (unsigned) or sBx (Bx - bias)
//                   | 8-31 sJ (24-bit two's complement)
using Instruction = std::uint32_t;

constexpr int max_register = 255;
constexpr int max_index = 0xFFFF;
constexpr int signed_bias = 0x7FFF;  // sBx = Bx - signed_bias
constexpr int max_signed = 0xFFFF - signed_bias;
constexpr int min_signed = -signed_bias;
constexpr int jump_range = 1 << 23;  // |sJ| < jump_range

constexpr Instruction encode_abc(Opcode op, int a, int b, int c) {
  return static_cast<Instruction>(op) | static_cast<Instruction>(a) << 8 | static_cast<Instruction>(b) << 16 |
         static_cast<Instruction>(c) << 24;
}
constexpr Instruction encode_abx(Opcode op, int a, int bx) {
  return static_cast<Instruction>(op) | static_cast<Instruction>(a) << 8 | static_cast<Instruction>(bx) << 16;
}
constexpr Instruction encode_asbx(Opcode op, int a, int sbx) { return encode_abx(op, a, sbx + signed_bias); }
constexpr Instruction encode_sj(Opcode op, int sj) {
  return static_cast<Instruction>(op) | (static_cast<Instruction>(sj) & 0xFFFFFF) << 8;
}

constexpr Opcode opcode_of(Instruction i) { return static_cast<Opcode>(i & 0xFF); }
constexpr int operand_a(Instruction i) { return (i >> 8) & 0xFF; }
constexpr int operand_b(Instruction i) { return (i >> 16) & 0xFF; }
constexpr int operand_c(Instruction i) { return i >> 24; }
constexpr int operand_bx(Instruction i) { return static_cast<int>(i >> 16); }
constexpr int operand_sbx(Instruction i) { return static_cast<int>(i >> 16) - signed_bias; }
constexpr int operand_sj(Instruction i) { return static_cast<std::int32_t>(i) >> 8; }

constexpr std::string_view opcode_names[] = {
#define KRAIT_OPCODE(name, format, comment) #name,
#include "compiler/opcodes.def"
#undef KRAIT_OPCODE
};

constexpr OperandFormat opcode_formats[] = {
#define KRAIT_OPCODE(name, format, comment) OperandFormat::format,
#include "compiler/opcodes.def"
#undef KRAIT_OPCODE
};

}  // namespace krait::compiler

// Compiler stage: the `--dis` view: per code object a header, then one line
// per instruction (source line where it changes, offset, opcode, operands,
// and the constant, name or jump target they refer to), as `python -m dis`.
#include "compiler/disassembler.h"

#include <cstdio>
#include <string>

#include "compiler/code_object.h"
#include "objects/str_object.h"
#include "runtime/operations.h"

namespace krait::compiler {
namespace {

std::string constant_text(const CodeObject& code, int index) {
  runtime::Interpreter& interpreter = *code.type->interpreter;
  runtime::Ref text = runtime::repr(interpreter, code.constants[index].get());
  // repr of a constant fails only for an int beyond the str conversion limit.
  if (!text) {
    (void)interpreter.take_exception();
    return "<int too long to show>";
  }
  return std::string(runtime::str_utf8(text.get()));
}

void disassemble_one(CodeObject& code, std::string& out) {
  // A cached function's body is read for the listing; a bad one lists as
  // none (the error is the next run's to report).
  if (!ensure_code_body(code)) runtime::Ref discarded = code.type->interpreter->take_exception();
  out += "Disassembly of " + std::string(runtime::str_utf8(code.qualname.get())) + " (file \"" +
         std::string(runtime::str_utf8(code.filename.get())) + "\", line " + std::to_string(code.first_line) + "): " +
         std::to_string(code.parameter_count) + " parameters, " + std::to_string(code.local_count) + " locals, " +
         std::to_string(code.register_count) + " registers\n";
  auto name_list = [&](const char* title, const std::vector<runtime::Ref>& names) {
    if (names.empty()) return;
    out += title;
    for (std::size_t i = 0; i < names.size(); ++i) out.append(i ? ", " : "").append(runtime::str_utf8(names[i].get()));
    out += '\n';
  };
  name_list("cell variables: ", code.cell_names);
  name_list("free variables: ", code.free_names);
  int last_line = -1;
  for (std::size_t offset = 0; offset < code.instructions.size(); ++offset) {
    const Instruction instruction = code.instructions[offset];
    const std::size_t word = has_data_word(opcode_formats[instruction & 0xFF]) ? code.instructions[offset + 1] : 0;
    const Opcode op = opcode_of(instruction);
    const int line = code.line_of(offset);
    char head[64];
    if (line != last_line) {
      std::snprintf(head, sizeof head, "%s%4d %6zu ", offset ? "\n" : "", line, offset);
    } else {
      std::snprintf(head, sizeof head, "     %6zu ", offset);
    }
    last_line = line;
    char name[32];
    std::snprintf(name, sizeof name, "%-22s", std::string(opcode_names[static_cast<int>(op)]).c_str());
    std::string operands, note;
    auto r = [](int n) { return std::string(1, 'r').append(std::to_string(n)); };
    switch (opcode_formats[static_cast<int>(op)]) {
      case OperandFormat::none: break;
      case OperandFormat::A: operands = r(operand_a(instruction)); break;
      case OperandFormat::AB: operands = r(operand_a(instruction)) + ", " + r(operand_b(instruction)); break;
      case OperandFormat::ABC:
        operands = r(operand_a(instruction)) + ", " + r(operand_b(instruction)) + ", " + r(operand_c(instruction));
        break;
      case OperandFormat::ABx: operands = r(operand_a(instruction)) + ", " + std::to_string(operand_bx(instruction)); break;
      case OperandFormat::AsBx:
        operands = r(operand_a(instruction)) + ", " + std::to_string(operand_sbx(instruction));
        break;
      case OperandFormat::sJ: operands = std::to_string(operand_sj(instruction)); break;
      case OperandFormat::An: operands = r(operand_a(instruction)) + ", " + std::to_string(operand_b(instruction)); break;
      case OperandFormat::ABn:
        operands = r(operand_a(instruction)) + ", " + r(operand_b(instruction)) + ", " + std::to_string(operand_c(instruction));
        break;
      case OperandFormat::Ann:
        operands = r(operand_a(instruction)) + ", " + std::to_string(operand_b(instruction)) + ", " +
                   std::to_string(operand_c(instruction));
        break;
      case OperandFormat::Aw:
        operands = r(operand_a(instruction));
        note = std::string(runtime::str_utf8(code.caches[word].name));
        break;
      case OperandFormat::ABw:
        operands = r(operand_a(instruction)) + ", " + r(operand_b(instruction));
        note = std::string(runtime::str_utf8(code.caches[word].name));
        break;
      case OperandFormat::AnK:
        operands = r(operand_a(instruction)) + ", " + std::to_string(operand_b(instruction)) + ", " + std::to_string(word);
        note = constant_text(code, static_cast<int>(word));
        break;
    }
    switch (op) {
      case Opcode::LOAD_CONST:
      case Opcode::MAKE_FUNCTION: note = constant_text(code, operand_bx(instruction)); break;
      case Opcode::STORE_GLOBAL:
      case Opcode::DELETE_GLOBAL:
      case Opcode::LOAD_NAME:
      case Opcode::STORE_NAME:
      case Opcode::DELETE_NAME:
      case Opcode::IMPORT_NAME:
      case Opcode::IMPORT_FROM:
      case Opcode::DELETE_ATTR: note = std::string(runtime::str_utf8(code.names[operand_bx(instruction)].get())); break;
      case Opcode::CONVERT_VALUE: {
        static constexpr const char* conversions[] = {"", "str", "repr", "ascii"};
        note = conversions[operand_c(instruction) & 3];
        break;
      }
      case Opcode::JUMP: note = "to " + std::to_string(static_cast<long>(offset) + 1 + operand_sj(instruction)); break;
      case Opcode::JUMP_IF_FALSE:
      case Opcode::JUMP_IF_TRUE: note = "to " + std::to_string(static_cast<long>(offset) + 1 + operand_sbx(instruction)); break;
      default: break;
    }
    // Registers that hold locals are shown by name.
    const OperandFormat format = opcode_formats[static_cast<int>(op)];
    const int register_fields = format == OperandFormat::ABC   ? 3
                                : format == OperandFormat::AB || format == OperandFormat::ABn || format == OperandFormat::ABw ? 2
                                : format == OperandFormat::none || format == OperandFormat::sJ ? 0
                                                                                                : 1;
    const int fields[] = {operand_a(instruction), operand_b(instruction), operand_c(instruction)};
    std::string locals;
    for (int i = 0; i < register_fields; ++i) {
      if (fields[i] >= code.local_count) continue;
      if (!locals.empty()) locals += ", ";
      locals.append(r(fields[i])).append("=").append(runtime::str_utf8(code.local_names[fields[i]].get()));
    }
    if (!locals.empty()) note = note.empty() ? locals : note + "; " + locals;
    out += head;
    out += name;
    out += operands;
    if (!note.empty()) out += " (" + note + ")";
    out += '\n';
    if (has_data_word(format)) ++offset;
  }
  // As dis shows it: each protected run, its handler and (here) the register
  // that receives the exception.
  if (!code.exception_table.empty()) out += "ExceptionTable:\n";
  for (const CodeObject::ExceptionHandler& handler : code.exception_table)
    out += "  " + std::to_string(handler.start) + " to " + std::to_string(handler.end - 1) + " -> " +
           std::to_string(handler.target) + " [R" + std::to_string(handler.exception_register) + "]\n";
  for (const runtime::Ref& constant : code.constants) {
    const runtime::Value value = constant.get();
    if (value.is_object() && value.as_object()->type == code.type) {
      out += '\n';
      disassemble_one(*as_code(value), out);
    }
  }
}

}  // namespace

std::string disassemble(runtime::Value code) {
  std::string out;
  disassemble_one(*as_code(code), out);
  return out;
}

}  // namespace krait::compiler

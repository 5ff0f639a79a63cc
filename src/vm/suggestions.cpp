// VM stage: suggestions of similar names for errors (Python/suggestions.c).
#include "vm/suggestions.h"

namespace krait::vm {

std::string suggestion_text(runtime::Interpreter&, runtime::Value) { return ""; }

}  // namespace krait::vm

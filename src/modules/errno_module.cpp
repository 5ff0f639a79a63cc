// Native modules: errno (CPython's Modules/errnomodule.c): the platform's
// error numbers by name, and errorcode mapping each number back to a name.
#include <cerrno>

#include "objects/dict_object.h"
#include "objects/module_object.h"
#include "runtime/interpreter.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

struct ErrorName {
  const char* name;
  int number;
};

// In errnomodule.c's order, which is the module's and errorcode's order;
// of two names for one number (EAGAIN, EWOULDBLOCK) errorcode keeps the later.
constexpr ErrorName error_names[] = {
    {"ENODEV", ENODEV}, {"ENOCSI", ENOCSI}, {"EHOSTUNREACH", EHOSTUNREACH}, {"ENOMSG", ENOMSG}, {"EUCLEAN", EUCLEAN},
    {"EL2NSYNC", EL2NSYNC}, {"EL2HLT", EL2HLT}, {"ENODATA", ENODATA}, {"ENOTBLK", ENOTBLK}, {"ENOSYS", ENOSYS},
    {"EPIPE", EPIPE}, {"EINVAL", EINVAL}, {"EOVERFLOW", EOVERFLOW}, {"EADV", EADV}, {"EINTR", EINTR},
    {"EUSERS", EUSERS}, {"ENOTEMPTY", ENOTEMPTY}, {"ENOBUFS", ENOBUFS}, {"EPROTO", EPROTO}, {"EREMOTE", EREMOTE},
    {"ENAVAIL", ENAVAIL}, {"ECHILD", ECHILD}, {"ELOOP", ELOOP}, {"EXDEV", EXDEV}, {"E2BIG", E2BIG}, {"ESRCH", ESRCH},
    {"EMSGSIZE", EMSGSIZE}, {"EAFNOSUPPORT", EAFNOSUPPORT}, {"EBADR", EBADR}, {"EHOSTDOWN", EHOSTDOWN},
    {"EPFNOSUPPORT", EPFNOSUPPORT}, {"ENOPROTOOPT", ENOPROTOOPT}, {"EBUSY", EBUSY}, {"EWOULDBLOCK", EWOULDBLOCK},
    {"EBADFD", EBADFD}, {"EDOTDOT", EDOTDOT}, {"EISCONN", EISCONN}, {"ENOANO", ENOANO}, {"ESHUTDOWN", ESHUTDOWN},
    {"ECHRNG", ECHRNG}, {"ELIBBAD", ELIBBAD}, {"ENONET", ENONET}, {"EBADE", EBADE}, {"EBADF", EBADF},
    {"EMULTIHOP", EMULTIHOP}, {"EIO", EIO}, {"EUNATCH", EUNATCH}, {"EPROTOTYPE", EPROTOTYPE}, {"ENOSPC", ENOSPC},
    {"ENOEXEC", ENOEXEC}, {"EALREADY", EALREADY}, {"ENETDOWN", ENETDOWN}, {"ENOTNAM", ENOTNAM}, {"EACCES", EACCES},
    {"ELNRNG", ELNRNG}, {"EILSEQ", EILSEQ}, {"ENOTDIR", ENOTDIR}, {"ENOTUNIQ", ENOTUNIQ}, {"EPERM", EPERM},
    {"EDOM", EDOM}, {"EXFULL", EXFULL}, {"ECONNREFUSED", ECONNREFUSED}, {"EISDIR", EISDIR},
    {"EPROTONOSUPPORT", EPROTONOSUPPORT}, {"EROFS", EROFS}, {"EADDRNOTAVAIL", EADDRNOTAVAIL}, {"EIDRM", EIDRM},
    {"ECOMM", ECOMM}, {"ESRMNT", ESRMNT}, {"EREMOTEIO", EREMOTEIO}, {"EL3RST", EL3RST}, {"EBADMSG", EBADMSG},
    {"ENFILE", ENFILE}, {"ELIBMAX", ELIBMAX}, {"ESPIPE", ESPIPE}, {"ENOLINK", ENOLINK}, {"ENETRESET", ENETRESET},
    {"ETIMEDOUT", ETIMEDOUT}, {"ENOENT", ENOENT}, {"EEXIST", EEXIST}, {"EDQUOT", EDQUOT}, {"ENOSTR", ENOSTR},
    {"EBADSLT", EBADSLT}, {"EBADRQC", EBADRQC}, {"ELIBACC", ELIBACC}, {"EFAULT", EFAULT}, {"EFBIG", EFBIG},
    {"EDEADLK", EDEADLK}, {"ENOTCONN", ENOTCONN}, {"EDESTADDRREQ", EDESTADDRREQ}, {"ELIBSCN", ELIBSCN},
    {"ENOLCK", ENOLCK}, {"EISNAM", EISNAM}, {"ECONNABORTED", ECONNABORTED}, {"ENETUNREACH", ENETUNREACH},
    {"ESTALE", ESTALE}, {"ENOSR", ENOSR}, {"ENOMEM", ENOMEM}, {"ENOTSOCK", ENOTSOCK}, {"ESTRPIPE", ESTRPIPE},
    {"EMLINK", EMLINK}, {"ERANGE", ERANGE}, {"ELIBEXEC", ELIBEXEC}, {"EL3HLT", EL3HLT}, {"ECONNRESET", ECONNRESET},
    {"EADDRINUSE", EADDRINUSE}, {"EOPNOTSUPP", EOPNOTSUPP}, {"EREMCHG", EREMCHG}, {"EAGAIN", EAGAIN},
    {"ENAMETOOLONG", ENAMETOOLONG}, {"ENOTTY", ENOTTY}, {"ERESTART", ERESTART}, {"ESOCKTNOSUPPORT", ESOCKTNOSUPPORT},
    {"ETIME", ETIME}, {"EBFONT", EBFONT}, {"EDEADLOCK", EDEADLOCK}, {"ETOOMANYREFS", ETOOMANYREFS},
    {"EMFILE", EMFILE}, {"ETXTBSY", ETXTBSY}, {"EINPROGRESS", EINPROGRESS}, {"ENXIO", ENXIO}, {"ENOPKG", ENOPKG},
    {"ENOMEDIUM", ENOMEDIUM}, {"EMEDIUMTYPE", EMEDIUMTYPE}, {"ECANCELED", ECANCELED}, {"ENOKEY", ENOKEY},
    {"EKEYEXPIRED", EKEYEXPIRED}, {"EKEYREVOKED", EKEYREVOKED}, {"EKEYREJECTED", EKEYREJECTED},
    {"EOWNERDEAD", EOWNERDEAD}, {"ENOTRECOVERABLE", ENOTRECOVERABLE}, {"ERFKILL", ERFKILL}, {"ENOTSUP", ENOTSUP},
};

}  // namespace

Ref create_errno_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "errno");
  Ref errorcode = runtime::new_dict(interpreter);
  runtime::module_set(interpreter, module.get(), "errorcode", errorcode.get());
  for (const ErrorName& entry : error_names) {
    const Value name = interpreter.intern(entry.name);
    runtime::module_set(interpreter, module.get(), entry.name, Value::small_int(entry.number));
    if (!runtime::dict_set_item(interpreter, errorcode.get(), Value::small_int(entry.number), name)) return Ref();
  }
  return module;
}

}  // namespace krait::modules

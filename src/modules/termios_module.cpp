// Native modules: termios (CPython's Modules/termios.c): a terminal's
// attributes as tcgetattr's list [iflag, oflag, cflag, lflag, ispeed,
// ospeed, cc] and back through tcsetattr, line control (tcsendbreak,
// tcdrain, tcflush, tcflow), the window size, and the constants. Failures
// raise termios.error(errno, strerror).
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <string>

#include "modules/os_arguments.h"
#include "objects/bytes_object.h"
#include "objects/dict_object.h"
#include "objects/int_object.h"
#include "objects/list_object.h"
#include "objects/module_object.h"
#include "objects/sequence.h"
#include "objects/tuple_object.h"
#include "runtime/arguments.h"
#include "runtime/interpreter.h"
#include "runtime/operations.h"

namespace krait::modules {
namespace {

using runtime::Interpreter;
using runtime::Ref;
using runtime::Value;

// termios.error, from the module the function is bound to, raised from errno.
Ref termios_error(Interpreter& interpreter, Value module) {
  const Value error = runtime::dict_get_str(runtime::module_dict(module), interpreter.intern("error"));
  return raise_errno_as(interpreter, error.is_null() ? Value::object(interpreter.OSError_type) : error);
}

// The arguments of every function, `expected` of them, positional only:
// the descriptor first, then the C ints `ints` (the others are the caller's).
bool descriptor_and_ints(Interpreter& interpreter, const char* function, const Value* arguments, std::size_t count,
                         Value kwnames, std::size_t expected, int& fd, std::initializer_list<int*> ints) {
  if (!runtime::reject_keywords(interpreter, function, kwnames) ||
      !runtime::check_argument_count(interpreter, function, count, expected, expected) ||
      !file_descriptor_argument(interpreter, arguments[0], fd))
    return false;
  std::size_t i = 1;
  for (int* out : ints)
    if (!runtime::int_argument(interpreter, arguments[i++], *out)) return false;
  return true;
}

// tcgetattr(fd, /)
Ref termios_tcgetattr(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count,
                      Value kwnames) {
  int fd = 0;
  if (!descriptor_and_ints(interpreter, "tcgetattr", arguments, count, kwnames, 1, fd, {})) return Ref();
  termios mode{};
  if (tcgetattr(fd, &mode) < 0) return termios_error(interpreter, module);
  Ref characters = runtime::new_list(interpreter, {});
  for (int i = 0; i < NCCS; ++i) {
    const bool number = (mode.c_lflag & ICANON) == 0 && (i == VMIN || i == VTIME);
    Ref item = number ? runtime::new_int(interpreter, mode.c_cc[i])
                      : runtime::new_bytes(interpreter, std::string_view(reinterpret_cast<const char*>(&mode.c_cc[i]), 1));
    runtime::list_append(characters.get(), item.get());
  }
  const long numbers[] = {static_cast<long>(mode.c_iflag), static_cast<long>(mode.c_oflag),
                          static_cast<long>(mode.c_cflag), static_cast<long>(mode.c_lflag),
                          static_cast<long>(cfgetispeed(&mode)), static_cast<long>(cfgetospeed(&mode))};
  Ref result = runtime::new_list(interpreter, {});
  for (const long number : numbers) {
    Ref item = runtime::new_int(interpreter, number);
    runtime::list_append(result.get(), item.get());
  }
  runtime::list_append(result.get(), characters.get());
  return result;
}

// An unsigned flag word of tcsetattr's list.
bool flag_argument(Interpreter& interpreter, Value value, tcflag_t& out) {
  std::int64_t number = 0;
  if (!runtime::index_argument(interpreter, value, number)) return false;
  out = static_cast<tcflag_t>(number);
  return true;
}

// tcsetattr(fd, when, attributes, /)
Ref termios_tcsetattr(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count,
                      Value kwnames) {
  int fd = 0, when = 0;
  if (!descriptor_and_ints(interpreter, "tcsetattr", arguments, count, kwnames, 3, fd, {&when})) return Ref();
  const Value attributes = arguments[2];
  if (!runtime::is_list(interpreter, attributes) || runtime::as_list(attributes)->items.size() != 7)
    return interpreter.raise(interpreter.TypeError_type, "tcsetattr, arg 3: must be 7 element list");
  termios mode{};
  if (tcgetattr(fd, &mode) < 0) return termios_error(interpreter, module);
  const std::vector<Value>& items = runtime::as_list(attributes)->items;
  std::int64_t ispeed = 0, ospeed = 0;
  if (!flag_argument(interpreter, items[0], mode.c_iflag) || !flag_argument(interpreter, items[1], mode.c_oflag) ||
      !flag_argument(interpreter, items[2], mode.c_cflag) || !flag_argument(interpreter, items[3], mode.c_lflag) ||
      !runtime::index_argument(interpreter, items[4], ispeed) || !runtime::index_argument(interpreter, items[5], ospeed))
    return Ref();
  const Value characters = items[6];
  if (!runtime::is_list(interpreter, characters) || runtime::as_list(characters)->items.size() != NCCS)
    return interpreter.raise(interpreter.TypeError_type,
                             "tcsetattr: attributes[6] must be " + std::to_string(NCCS) + " element list");
  for (int i = 0; i < NCCS; ++i) {
    const Value item = runtime::as_list(characters)->items[i];
    std::int64_t number = 0;
    if (runtime::is_bytes(interpreter, item) && runtime::as_bytes(item)->view().size() == 1) {
      mode.c_cc[i] = static_cast<cc_t>(runtime::as_bytes(item)->view()[0]);
    } else if (runtime::is_int(interpreter, item) && runtime::index_argument(interpreter, item, number)) {
      mode.c_cc[i] = static_cast<cc_t>(number);
    } else {
      if (interpreter.has_exception()) return Ref();
      return interpreter.raise(interpreter.TypeError_type,
                               "tcsetattr: elements of attributes must be characters or integers");
    }
  }
  if (cfsetispeed(&mode, static_cast<speed_t>(ispeed)) < 0 || cfsetospeed(&mode, static_cast<speed_t>(ospeed)) < 0 ||
      tcsetattr(fd, when, &mode) < 0)
    return termios_error(interpreter, module);
  return interpreter.new_none();
}

// tcsendbreak(fd, duration, /), tcflush(fd, queue, /), tcflow(fd, action, /)
template <int (*operation)(int, int), const char* name>
Ref termios_line_control(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count,
                         Value kwnames) {
  int fd = 0, argument = 0;
  if (!descriptor_and_ints(interpreter, name, arguments, count, kwnames, 2, fd, {&argument})) return Ref();
  if (operation(fd, argument) < 0) return termios_error(interpreter, module);
  return interpreter.new_none();
}
constexpr char tcsendbreak_name[] = "tcsendbreak";
constexpr char tcflush_name[] = "tcflush";
constexpr char tcflow_name[] = "tcflow";

Ref termios_tcdrain(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count, Value kwnames) {
  int fd = 0;
  if (!descriptor_and_ints(interpreter, "tcdrain", arguments, count, kwnames, 1, fd, {})) return Ref();
  if (tcdrain(fd) < 0) return termios_error(interpreter, module);
  return interpreter.new_none();
}

// tcgetwinsize(fd, /): (rows, columns).
Ref termios_tcgetwinsize(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count,
                         Value kwnames) {
  int fd = 0;
  if (!descriptor_and_ints(interpreter, "tcgetwinsize", arguments, count, kwnames, 1, fd, {})) return Ref();
  winsize size{};
  if (ioctl(fd, TIOCGWINSZ, &size) < 0) return termios_error(interpreter, module);
  const Value items[] = {Value::small_int(size.ws_row), Value::small_int(size.ws_col)};
  return runtime::new_tuple(interpreter, items);
}

// tcsetwinsize(fd, winsize, /): winsize a pair (rows, columns).
Ref termios_tcsetwinsize(Interpreter& interpreter, Value module, const Value* arguments, std::size_t count,
                         Value kwnames) {
  int fd = 0;
  if (!descriptor_and_ints(interpreter, "tcsetwinsize", arguments, count, kwnames, 2, fd, {})) return Ref();
  const Value* items = nullptr;
  std::size_t size = 0;
  Ref held = runtime::join_items(interpreter, arguments[1], items, size);
  if (!held || size != 2) {
    if (held || interpreter.exception_is(interpreter.TypeError_type)) {
      Ref ignored = interpreter.take_exception();
      return interpreter.raise(interpreter.TypeError_type, "tcsetwinsize, arg 2: must be a two-item sequence");
    }
    return Ref();
  }
  winsize window{};
  if (ioctl(fd, TIOCGWINSZ, &window) < 0) return termios_error(interpreter, module);
  std::int64_t rows = 0, columns = 0;
  if (!runtime::index_argument(interpreter, items[0], rows) || !runtime::index_argument(interpreter, items[1], columns))
    return Ref();
  window.ws_row = static_cast<unsigned short>(rows);
  window.ws_col = static_cast<unsigned short>(columns);
  if (ioctl(fd, TIOCSWINSZ, &window) < 0) return termios_error(interpreter, module);
  return interpreter.new_none();
}

// Every constant CPython's termios defines on Linux.
#define KRAIT_TERMIOS_CONSTANTS(K) \
    K(B0) K(B1000000) K(B110) K(B115200) K(B1152000) K(B1200) K(B134) K(B150) K(B1500000) K(B1800) K(B19200) \
    K(B200) K(B2000000) K(B230400) K(B2400) K(B2500000) K(B300) K(B3000000) K(B3500000) K(B38400) K(B4000000) \
    K(B460800) K(B4800) K(B50) K(B500000) K(B57600) K(B576000) K(B600) K(B75) K(B921600) K(B9600) K(BRKINT) \
    K(BS0) K(BS1) K(BSDLY) K(CBAUD) K(CBAUDEX) K(CDSUSP) K(CEOF) K(CEOL) K(CEOT) K(CERASE) K(CFLUSH) K(CIBAUD) \
    K(CINTR) K(CKILL) K(CLNEXT) K(CLOCAL) K(CQUIT) K(CR0) K(CR1) K(CR2) K(CR3) K(CRDLY) K(CREAD) K(CRPRNT) \
    K(CRTSCTS) K(CS5) K(CS6) K(CS7) K(CS8) K(CSIZE) K(CSTART) K(CSTOP) K(CSTOPB) K(CSUSP) K(CWERASE) K(ECHO) \
    K(ECHOCTL) K(ECHOE) K(ECHOK) K(ECHOKE) K(ECHONL) K(ECHOPRT) K(EXTA) K(EXTB) K(FF0) K(FF1) K(FFDLY) \
    K(FIOASYNC) K(FIOCLEX) K(FIONBIO) K(FIONCLEX) K(FIONREAD) K(FLUSHO) K(HUPCL) K(ICANON) K(ICRNL) K(IEXTEN) \
    K(IGNBRK) K(IGNCR) K(IGNPAR) K(IMAXBEL) K(INLCR) K(INPCK) K(IOCSIZE_MASK) K(IOCSIZE_SHIFT) K(ISIG) \
    K(ISTRIP) K(IUCLC) K(IXANY) K(IXOFF) K(IXON) K(NCC) K(NCCS) K(NL0) K(NL1) K(NLDLY) K(NOFLSH) K(N_MOUSE) \
    K(N_PPP) K(N_SLIP) K(N_STRIP) K(N_TTY) K(OCRNL) K(OFDEL) K(OFILL) K(OLCUC) K(ONLCR) K(ONLRET) K(ONOCR) \
    K(OPOST) K(PARENB) K(PARMRK) K(PARODD) K(PENDIN) K(TAB0) K(TAB1) K(TAB2) K(TAB3) K(TABDLY) K(TCFLSH) \
    K(TCGETA) K(TCGETS) K(TCIFLUSH) K(TCIOFF) K(TCIOFLUSH) K(TCION) K(TCOFLUSH) K(TCOOFF) K(TCOON) \
    K(TCSADRAIN) K(TCSAFLUSH) K(TCSANOW) K(TCSBRK) K(TCSBRKP) K(TCSETA) K(TCSETAF) K(TCSETAW) K(TCSETS) \
    K(TCSETSF) K(TCSETSW) K(TCXONC) K(TIOCCONS) K(TIOCEXCL) K(TIOCGETD) K(TIOCGICOUNT) K(TIOCGLCKTRMIOS) \
    K(TIOCGPGRP) K(TIOCGSERIAL) K(TIOCGSOFTCAR) K(TIOCGWINSZ) K(TIOCINQ) K(TIOCLINUX) K(TIOCMBIC) K(TIOCMBIS) \
    K(TIOCMGET) K(TIOCMIWAIT) K(TIOCMSET) K(TIOCM_CAR) K(TIOCM_CD) K(TIOCM_CTS) K(TIOCM_DSR) K(TIOCM_DTR) \
    K(TIOCM_LE) K(TIOCM_RI) K(TIOCM_RNG) K(TIOCM_RTS) K(TIOCM_SR) K(TIOCM_ST) K(TIOCNOTTY) K(TIOCNXCL) \
    K(TIOCOUTQ) K(TIOCPKT) K(TIOCPKT_DATA) K(TIOCPKT_DOSTOP) K(TIOCPKT_FLUSHREAD) K(TIOCPKT_FLUSHWRITE) \
    K(TIOCPKT_NOSTOP) K(TIOCPKT_START) K(TIOCPKT_STOP) K(TIOCSCTTY) K(TIOCSERCONFIG) K(TIOCSERGETLSR) \
    K(TIOCSERGETMULTI) K(TIOCSERGSTRUCT) K(TIOCSERGWILD) K(TIOCSERSETMULTI) K(TIOCSERSWILD) K(TIOCSER_TEMT) \
    K(TIOCSETD) K(TIOCSLCKTRMIOS) K(TIOCSPGRP) K(TIOCSSERIAL) K(TIOCSSOFTCAR) K(TIOCSTI) K(TIOCSWINSZ) \
    K(TOSTOP) K(VDISCARD) K(VEOF) K(VEOL) K(VEOL2) K(VERASE) K(VINTR) K(VKILL) K(VLNEXT) K(VMIN) K(VQUIT) \
    K(VREPRINT) K(VSTART) K(VSTOP) K(VSUSP) K(VSWTC) K(VT0) K(VT1) K(VTDLY) K(VTIME) K(VWERASE) K(XCASE) \
    K(XTABS)
#define K(name) {#name, static_cast<long>(name)},
constexpr IntConstant constants[] = {KRAIT_TERMIOS_CONSTANTS(K){"VSWTCH", VSWTC}};
#undef K

}  // namespace

Ref create_termios_module(Interpreter& interpreter) {
  Ref module = runtime::new_module(interpreter, "termios");
  const Value termios_module = module.get();
  runtime::add_module_functions(interpreter, termios_module,
                                {{"tcgetattr", &termios_tcgetattr},
                                 {"tcsetattr", &termios_tcsetattr},
                                 {"tcsendbreak", &termios_line_control<tcsendbreak, tcsendbreak_name>},
                                 {"tcdrain", &termios_tcdrain},
                                 {"tcflush", &termios_line_control<tcflush, tcflush_name>},
                                 {"tcflow", &termios_line_control<tcflow, tcflow_name>},
                                 {"tcgetwinsize", &termios_tcgetwinsize},
                                 {"tcsetwinsize", &termios_tcsetwinsize}});
  Ref error = new_exception_class(interpreter, "termios", "error", interpreter.Exception_type);
  if (!error) return Ref();
  runtime::module_set(interpreter, termios_module, "error", error.get());
  add_int_constants(interpreter, termios_module, constants);
  return module;
}

}  // namespace krait::modules

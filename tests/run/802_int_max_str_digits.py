# sys's limit on int/str conversions (3.11's CVE-2020-10735 fix).
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.int_info.bits_per_digit, sys.int_info.sizeof_digit)
print(sys.flags.int_max_str_digits, type(sys.flags).__name__, type(sys.int_info).__name__, len(sys.int_info))
print(sys.flags.optimize, sys.flags.debug, sys.flags.dev_mode, sys.flags.safe_path)


def attempt(function):
    try:
        result = function()
        print(len(result) if isinstance(result, str) else result)
    except Exception as error:
        print(type(error).__name__, error)


big = 10**4300
attempt(lambda: str(big))
attempt(lambda: str(big - 1))
attempt(lambda: str(-big + 1))
attempt(lambda: int("9" * 4300) > 0)
attempt(lambda: int("9" * 4301))
attempt(lambda: int("1" * 5000, 16) > 0)
attempt(lambda: hex(big)[:6])
sys.set_int_max_str_digits(700)
print(sys.get_int_max_str_digits())
attempt(lambda: str(10**700))
attempt(lambda: repr(10**699))
attempt(lambda: int("1" * 701))
attempt(lambda: "%d" % 10**701)
attempt(lambda: f"{10**701:,}")
sys.set_int_max_str_digits(maxdigits=0)
attempt(lambda: len(str(10**5000)))
attempt(lambda: int("1" * 6000) > 0)
attempt(lambda: sys.set_int_max_str_digits(5))
attempt(lambda: sys.set_int_max_str_digits(-1))
attempt(lambda: sys.set_int_max_str_digits("1"))
attempt(lambda: sys.set_int_max_str_digits())
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())

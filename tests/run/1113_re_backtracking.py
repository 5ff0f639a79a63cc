# Group values after backtracking: a group keeps the value of the attempt
# that succeeded, or of its last completed repetition.
import re

print(re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
print(re.match(r"((a)|b)+", "ab").groups())
print(re.match(r"((a)|b)*?c", "abc").groups())
print(re.match(r"(a)*(a)", "aaa").groups())
print(re.match(r"(?:(a)|(b)|(c))+", "abcb").groups())
print(re.match(r"(x)?(?:(y)|z)+", "yz").groups())
print(re.match(r"(a*)*", "aa").groups(), re.match(r"(a*)+", "aa").groups())
print(re.match(r"(a|)*b", "aab").groups(), re.match(r"(|a)*b", "aab").groups())
print(re.match(r"(a(b)?)+", "aba").groups())
print(re.match(r"(?:(\d+)[a-z])*", "12ab34c5").groups())
print(re.match(r"(\w+?)(\d*)$", "abc123").groups())
print(re.match(r"^(\w+)\s*=\s*(.*?)\s*$", " key = value ").groups() if re.match(r"^(\w+)\s*=\s*(.*?)\s*$", " key = value ") else None)
print(re.match(r"^\s*(\w+)\s*=\s*(.*?)\s*$", " key = value ").groups())
print(re.search(r"(a+)(b+)?(c)", "aac aabbc").groups())
print(re.fullmatch(r"(?:(a)|ab)(b?)", "ab").groups())
print(re.match(r"(?:a(?=(b))|a)+", "aab").groups())
print(re.match(r"(?:(?!(b))a)+", "aa").groups())
print(re.match(r"(?:(a)|b)(?(1)c|d)", "bd").groups())

# Character sets in every compiled form: literals, ranges, bitmaps of
# Latin-1, big charsets of the BMP, negation, classes inside sets, and
# case-insensitive sets beyond ASCII.
import re

print(re.findall(r"[aeiou]+", "education is key"), re.findall(r"[^aeiou\s]+", "education is key"))
print(re.findall(r"[a-fA-F0-9]{2}", "ff 0A zz 9g"), re.findall(r"[\d\s]+", "12 3x4"))
print(re.findall(r"[\w.-]+@[\w-]+\.\w+", "a.b-c@x-y.org, bad@, q@w.e"))
print(re.findall(r"[^\W\d]+", "abc123def_4"), re.findall(r"[\S]+", "a b\tc"))
print(re.findall(r"[àâäçéèêëîïôöùûüÿ]+", "ça déjà où naïve"))
print(re.findall(r"[аеиоуыэюя]+", "привет мир, как дела? ещё"))
print(re.findall(r"(?i)[аеиоуыэюяΑΕΗ]+", "ПРИВЕТ мир αεη ΑΕΗ"))
print(re.findall(r"[^\u0100\u0102\u0104\u0106\u0108x]+", "a\u0100b\u0102cxd\u0109"))
print(re.findall(r"[\u4e00-\u4e10\u4e20-\u4e30\u4e40-\u4e50a]+", "\u4e05\u4e25\u4e45a\u4e15b"))
print(re.findall(r"[\U0001F600\U0001F602\U0001F604a]", "\U0001F600\U0001F601\U0001F602a"))
print(re.findall(r"(?i)[\U00010400-\U0001040f]+", "\U00010400\U00010428\U00010410"))
print(re.findall(r"(?i)[à-å]+", "ÀÅàåæ"), re.findall(r"(?i)[k-m]+", "KLM\u212a"))
print(re.findall(r"[\]\-^]+", "a]-^b"), re.findall(r"[]a]+", "]]ab"))
print(re.findall(rb"[\x00-\x1f\x7f-\xff]+", b"ok\x00\x01bin\xff\xfeend"))
print(re.findall(rb"(?i)[\xe0-\xff]+", b"\xc0\xe0"), re.findall(rb"[^a-z]+", b"abc123DEF"))

# Unicode classes and case folding over strs of every width (Latin-1,
# BMP, astral).
import re

print(re.findall(r"\w+", "héllo wörld ñ"))
print(re.findall(r"\w+", "日本語 テキスト"), re.findall(r"\W+", "a—b"))
print(re.findall(r"\d+", "12 ١٢ ߂"), re.findall(r"\s+", "a\u00a0b\u2003c\u3000d"))
print(re.findall(r"(?i)straße", "STRASSE Straße straße"))
print(re.findall(r"(?i)[à-ÿ]+", "ÀÉÎÕÜ àéîõü"))
print(re.findall(r"(?i)σ", "Σσς"), re.findall(r"(?i)[σ]", "Σσς"))
print(re.findall(r"(?i)k", "Kk\u212a"), re.findall(r"(?i)\u212a", "Kk"))
print(re.findall(r"(?i)ǆ", "Ǆǅǆ"), re.findall(r"(?i)i", "İıIi"))
print(re.findall(r"[\U0001F600-\U0001F64F]", "hi 😀 there 🙃!"))
print(re.findall(r".", "a😀b"), re.sub("😀", ":)", "x😀y😀"))
print(re.findall(r"(?i)ω+", "ΩωΩ"), re.findall(r"(?i)[Ѐ-ӿ]+", "ПРИВЕТ мир"))
print(re.findall(r"[^\x00-\x7f]+", "abc déf ghi 中文"))
print(re.split(r"\s+", "a\u2028b\u0085c d"))
print(re.findall(r"\b\w", "ça va, ñandú"))
print(re.match(r"(?i)\u0130", "i"), re.match(r"(?i)\u0131", "I"))
print(re.findall(r"[a-zà-öø-ÿ]+", "Mañana él"))
print(re.sub(r"(?i)é", "E", "éÉe"))

# Non-ASCII identifiers, including names that NFKC-normalise to different spellings (ﬁ, ℌ, ｆｕｌｌ, 𝔘).
café = 1
naïve = café + 1
日本語 = "japanese"
переменная = 2
λ = lambda α, β=1, *γ, δ, **ε: α
ﬁle = 3
ℌello = 4
ｆｕｌｌｗｉｄｔｈ = 5
ℕ = {1, 2}
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 7
Ǆ = 8
µ = 9
ª = 10
ſ = 11
def ƒunc(ǉ, ﬃ=2): return ǉ + ﬃ
class Ωmega(ℌello): ﬁeld: int = 0
obj.ﬁeld = 1
obj.ℌ
import ﬁlesystem
from ℌ import ﬁ as ℌℌ
print(f"{ﬁle} {café!r}")
match ﬁ:
    case ℌ.ﬁ:
        pass
    case ℌ(ﬁ=ﬁ):
        pass
global ﬁ
del ﬁle
_ñ = __ñ__ = ñ_
résumé = "naïve ünïcödé 🎉"
a٣ = 1

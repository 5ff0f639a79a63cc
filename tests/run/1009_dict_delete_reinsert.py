# A dict that deletes its oldest key and adds a new one, over and over: the
# entries of deleted keys must not outgrow the index (was a KeyError, then a
# crash in lru_cache).
d = {}
order = []
hits = 0
for i in range(100000):
    k = i % 2000
    if k in d:
        hits += 1
        continue
    if len(d) >= 1000:
        old = order.pop(0)
        del d[old]
    d[k] = k
    order.append(k)
print(hits, len(d))
churn = {}
for i in range(50000):
    churn[i] = i
    if i >= 10:
        del churn[i - 10]
print(len(churn), list(churn), sum(churn.values()))

# round overflow
print(round(1e308, -308))
round(1.5e308, -308)

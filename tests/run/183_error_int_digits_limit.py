# int digits limit
print(int('9' * 4300) > 0)
int('9' * 4301)

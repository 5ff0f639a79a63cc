class Bad:
    def __str__(self):
        return 1 / 0

str(Bad())

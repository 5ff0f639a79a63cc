class User:
    def __init__(self):
        self.username = "x"

u = User()
print(u.usernme)

class Weird(Exception):
    def __str__(self):
        return "weird text"

raise Weird()

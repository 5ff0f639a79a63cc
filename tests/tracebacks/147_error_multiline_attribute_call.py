class C:
    def run(self):
        raise ValueError("run")

C(
).run()

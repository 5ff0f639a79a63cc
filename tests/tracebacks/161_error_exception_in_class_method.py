class Config:
    @classmethod
    def load(cls, path):
        raise FileNotFoundError(path)

Config.load("settings.toml")

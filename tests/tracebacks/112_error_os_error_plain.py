def open_config(path):
    raise OSError("cannot open " + path)

open_config("settings.ini")

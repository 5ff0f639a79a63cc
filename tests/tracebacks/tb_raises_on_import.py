# Imported by 2500_error_import_finder_value_error.py: its body fails.
VALUE = 1


def fail():
    raise ValueError("failed while importing")


fail()

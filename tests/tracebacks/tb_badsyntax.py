# imported by 197_error_import_syntax_error.py
x = (

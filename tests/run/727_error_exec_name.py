# A NameError in exec'd code with separate locals: functions see the globals only.
exec("secret_total = 1\ndef reader():\n    return secret_total\nprint(reader())", {}, {})

# statement starting with a semicolon
; x = 1

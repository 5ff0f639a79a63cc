# two semicolons in a row
x = 1;; y = 2

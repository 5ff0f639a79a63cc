# two names with no operator at statement level
a b

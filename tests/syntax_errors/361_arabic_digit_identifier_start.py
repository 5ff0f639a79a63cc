# identifier starting with an Arabic-Indic digit
٣a = 1

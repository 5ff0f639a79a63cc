# invalid character euro sign
price = 5€

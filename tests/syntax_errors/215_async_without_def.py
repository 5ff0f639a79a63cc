# async keyword before a plain expression
async x = 1

# ContextVar.reset() takes only a Token: TypeError naming what it got.
import contextvars

var = contextvars.ContextVar('var')
token = var.set(1)
var.reset(token)
print(var.get('unset'))
var.reset(['not', 'a', 'token'])

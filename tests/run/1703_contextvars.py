# contextvars (over _contextvars): ContextVar get/set/reset, Token,
# Context as a mapping, copy_context and Context.run isolation, errors.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context

name = ContextVar('name', default='nobody')
count = ContextVar('count')
print(name.name, name.get(), count.get(0), count.get('fallback'))
print(repr(name).startswith("<ContextVar name='name' default='nobody' at 0x"),
      repr(count).startswith("<ContextVar name='count' at 0x"))

token = count.set(1)
print(type(token).__name__, token.var is count, token.old_value is Token.MISSING, repr(Token.MISSING))
print(repr(token).startswith('<Token var=<ContextVar name='), count.get())
second = count.set(2)
print(second.old_value, count.get())
count.reset(second)
print(count.get())
count.reset(token)
print(count.get(None), repr(token).startswith('<Token used var='))


def show(label):
    print(label, name.get(), count.get('unset'))
    return label


snapshot = copy_context()
name.set('outer')
show('outer')
print(snapshot.run(show, 'snapshot'))


def change():
    name.set('inside')
    count.set(99)
    show('changed')
    return dict(copy_context())


inner = Context()
changed = inner.run(change)
print(sorted((var.name, value) for var, value in changed.items()))
show('after run')
print(len(inner), inner[name], name in inner, count in inner, inner.get(count), inner.get(ContextVar('x'), 'd'))
print(sorted(var.name for var in inner), sorted(inner.values(), key=str), len(list(inner.keys())))
inner.run(show, 'again')
copied = inner.copy()
print(copied == inner, copied is inner, len(copied), Context() == Context(), inner != Context())
copied.run(name.set, 'copy only')
print(inner[name], copied[name])


def nested():
    try:
        inner.run(show, 'nested')
    except RuntimeError as error:
        print('RuntimeError', str(error).startswith('cannot enter context: <_contextvars.Context object at 0x'))


inner.run(nested)
print(inner.run(lambda *args, **kwargs: (args, kwargs), 1, 2, key=3))

# Tokens belong to their variable and their context.
token = count.set(5)
other = ContextVar('other')
for call in (lambda: other.reset(token), lambda: Context().run(count.reset, token), lambda: count.reset('x')):
    try:
        call()
    except (ValueError, TypeError) as error:
        print(type(error).__name__, str(error).split(' at 0x')[0].split('<')[0] or 'token', str(error).split('> ')[-1])
count.reset(token)
try:
    count.reset(token)
except RuntimeError as error:
    print('RuntimeError', str(error).endswith('has already been used once'))

for call in (lambda: ContextVar(1), lambda: ContextVar(), lambda: Token(), lambda: Context(1), lambda: inner[1],
             lambda: inner[ContextVar('unset')], lambda: inner.run(), lambda: hash(inner),
             lambda: setattr(name, 'name', 'x'), lambda: ContextVar('a', 'b'), lambda: ContextVar(default=1)):
    try:
        call()
    except (TypeError, KeyError, RuntimeError, AttributeError) as error:
        print(type(error).__name__, str(error).split(' at 0x')[0])
for cls in (ContextVar, Token, Context):
    try:
        type('Sub', (cls,), {})
    except TypeError as error:
        print(error)
print(ContextVar[int], Token[str])
print(contextvars.__all__, Context.__module__, ContextVar.__module__, Token.__module__)
print(hash(name) == hash(name), {name: 1}[name])

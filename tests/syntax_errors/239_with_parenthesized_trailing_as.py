# with item 'as' without target
with (a as):
    pass

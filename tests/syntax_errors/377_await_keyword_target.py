# assignment to 'await' keyword expression in async def
async def f():
    await = 1

# await without operand
async def f():
    await

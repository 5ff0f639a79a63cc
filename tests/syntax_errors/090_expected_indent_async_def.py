# expected an indented block after async function definition
async def f():
await x

# async for at statement level without a loop body target
async for in x:
    pass

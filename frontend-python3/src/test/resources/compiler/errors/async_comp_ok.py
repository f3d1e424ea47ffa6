async def f():
    return [x async for x in y]
def g():
    return (x async for x in y)

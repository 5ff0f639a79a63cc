# 'await' in a function that is not async.
def fetch():
    return await something()

# asyncio.run over the selector event loop: sleep, tasks, gather, wait_for
# timeouts, cancellation, queues, events, locks and call_later ordering.
import asyncio


async def worker(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name.upper()


async def producer(queue, count):
    for item in range(count):
        await queue.put(item)
        await asyncio.sleep(0)
    await queue.put(None)


async def consumer(queue):
    total = 0
    while (item := await queue.get()) is not None:
        total += item
        queue.task_done()
    queue.task_done()
    return total


async def main():
    log = []
    results = await asyncio.gather(worker("c", 0.03, log), worker("a", 0.01, log), worker("b", 0.02, log))
    print(results, log)

    task = asyncio.create_task(worker("task", 0, log), name="my-task")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())

    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as error:
        print("wait_for:", type(error).__name__)

    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print("cancelled:", sleeper.cancelled())

    queue = asyncio.Queue(maxsize=3)
    total, _ = await asyncio.gather(consumer(queue), producer(queue, 10))
    print("queue total:", total, queue.empty())

    event = asyncio.Event()
    lock = asyncio.Lock()
    order = []

    async def waiter(index):
        await event.wait()
        async with lock:
            order.append(index)
            await asyncio.sleep(0)

    waiters = [asyncio.create_task(waiter(index)) for index in range(3)]
    await asyncio.sleep(0)
    event.set()
    await asyncio.gather(*waiters)
    print("order:", order)

    loop = asyncio.get_running_loop()
    calls = []
    loop.call_later(0.02, calls.append, "later")
    loop.call_soon(calls.append, "soon")
    future = loop.create_future()
    loop.call_later(0.03, future.set_result, "future")
    print(await future, calls)

    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, "x"))], timeout=1)
    print(len(done), len(pending), [t.result() for t in done])

    async def failing():
        raise ValueError("boom")

    print(await asyncio.gather(failing(), worker("ok", 0, log), return_exceptions=True))
    return "main done"


print(asyncio.run(main()))

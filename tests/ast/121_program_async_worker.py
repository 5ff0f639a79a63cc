# Realistic program: asyncio worker pool with async with/for, except*, generators and walrus.
import asyncio
import contextlib
import random
from typing import AsyncIterator, Awaitable, Callable

Job = Callable[[int], Awaitable[int]]


@contextlib.asynccontextmanager
async def timed(label: str) -> AsyncIterator[None]:
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield
    finally:
        print(f"{label}: {loop.time() - start:.3f}s")


async def ticker(n: int, delay: float = 0.0) -> AsyncIterator[int]:
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


async def square(x: int) -> int:
    await asyncio.sleep(0)
    if x == 13:
        raise ValueError(f"unlucky {x}")
    return x * x


async def worker(name: str, queue: asyncio.Queue, results: dict[int, int], job: Job = square) -> None:
    while (item := await queue.get()) is not None:
        try:
            results[item] = await job(item)
        except ValueError as exc:
            results[item] = -1
            print(name, "failed:", exc)
        finally:
            queue.task_done()
    queue.task_done()


async def main(workers: int = 3) -> dict[int, int]:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    results: dict[int, int] = {}
    async with timed("total"):
        async for i in ticker(20):
            queue.put_nowait(i)
        for _ in range(workers):
            queue.put_nowait(None)
        try:
            async with asyncio.TaskGroup() as tg:
                for w in range(workers):
                    tg.create_task(worker(f"w{w}", queue, results))
        except* ValueError as eg:
            print("value errors:", len(eg.exceptions))
        except* (TypeError, KeyError):
            raise
    evens = {k: v async for k, v in _aitems(results) if k % 2 == 0}
    odds = [v for k, v in sorted(results.items()) if k % 2]
    print(sum(evens.values()), sum(odds), random.random() < 2)
    return results


async def _aitems(d):
    for k, v in d.items():
        yield k, v


if __name__ == "__main__":
    asyncio.run(main())

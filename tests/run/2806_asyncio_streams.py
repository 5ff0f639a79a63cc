# asyncio streams over a local TCP server: start_server and
# open_connection on 127.0.0.1, line and exact reads, end of stream, and a
# connection refused.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    while line := await reader.readline():
        writer.write(line.upper())
        await writer.drain()
    writer.write(b"bye from %s\n" % peer[0].encode())
    await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(type(server).__name__, server.is_serving())
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for text in (b"hello\n", b"streams\n"):
        writer.write(text)
        await writer.drain()
        print(await reader.readline())
    writer.write(b"0123456789\n")
    print(await reader.readexactly(4), await reader.readuntil(b"\n"))
    writer.write_eof()
    print(await reader.read())
    print(reader.at_eof())
    writer.close()
    await writer.wait_closed()

    # Several clients at once.
    async def client(index):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"client %d\n" % index)
        writer.write_eof()
        data = await reader.read()
        writer.close()
        await writer.wait_closed()
        return data

    print(await asyncio.gather(*(client(index) for index in range(3))))
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError as error:
        print(type(error).__name__)


asyncio.run(main())

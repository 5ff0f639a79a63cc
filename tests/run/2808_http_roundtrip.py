# http.server and http.client on 127.0.0.1: the server handles requests in
# a forked child, the client (http.client, urllib.request) in the parent.
import http.client
import http.server
import json
import os
import socket
import urllib.parse
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urllib.parse.urlsplit(self.path)
        body = json.dumps({"path": parsed.path, "query": urllib.parse.parse_qs(parsed.query)}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        data = self.rfile.read(length)
        self.send_response(201, "Made")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data[::-1])

    def log_message(self, format, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
print(server.server_address[0], server.server_port == port)
child = os.fork()
if child == 0:
    try:
        for _ in range(3):
            server.handle_request()
    finally:
        os._exit(0)
server.server_close()

connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
connection.request("GET", "/some/path?a=1&b=two&a=3")
response = connection.getresponse()
print(response.status, response.reason, response.getheader("Content-Type"), response.version)
print(json.loads(response.read()))
connection.close()

connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
connection.request("POST", "/echo", body=b"reverse me", headers={"Content-Type": "text/plain"})
response = connection.getresponse()
print(response.status, response.reason, response.read())
connection.close()

opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the environment
with opener.open("http://127.0.0.1:%d/url?x=%%20y" % port, timeout=10) as response:
    print(response.status, json.loads(response.read()))

pid, status = os.waitpid(child, 0)
print(os.waitstatus_to_exitcode(status))

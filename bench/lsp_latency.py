#!/usr/bin/env python3
"""Warm re-lint latency of gal lsp: opens a 200-line GAL config in the
server, makes 50 warm-up edits, then times 200 more: from sending each
textDocument/didChange to receiving the diagnostics of that version. The
debounce is 0, so the time is the lint, the JSON-RPC round trip and the
stdio pipes, with no wait for typing to pause. Prints the median, p90 and
max; the goal is a median under 50 ms.

    bench/lsp_latency.py [EDITS]     (default 200 measured edits)

GAL names the command to run instead of bin/gal (which builds the jar when
it is missing or stale), e.g. GAL="java -jar target/gal.jar".
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAL = shlex.split(os.environ.get("GAL", os.path.join(ROOT, "bin", "gal")))
EDITS = int(sys.argv[1]) if len(sys.argv) > 1 else 200
WARM_UP = 50


def config(timeout_ms):
    """A GAL config of 200 lines: global settings, then services with routes."""
    lines = [
        'version: "1.0"',
        "provider: aws_apigateway",
        "global_config:",
        "  aws_apigateway:",
        '    api_name: "Orders-API"',
        '    api_description: "Orders, customers and their payments"',
        '    endpoint_type: "REGIONAL"',
        '    stage_name: "prod"',
        '    integration_type: "HTTP_PROXY"',
        "    integration_timeout_ms: %d" % timeout_ms,
        "services:",
    ]
    service = 0
    while len(lines) < 190:
        service += 1
        lines += [
            "  - name: service%d" % service,
            "    type: rest",
            "    protocol: https",
            "    upstream:",
            "      host: service%d.example.com" % service,
            "      port: 443",
            "    routes:",
        ]
        for route in range(4):
            lines += [
                "      - path_prefix: /service%d/items%d" % (service, route),
                "        methods: [GET, POST]",
            ]
    while len(lines) < 200:
        lines.append("# padding to 200 lines")
    return "\n".join(lines[:200]) + "\n"


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("gal lsp ended unexpectedly")
            line = line.strip()
            if not line:
                break
            name, _, value = line.decode("ascii").partition(":")
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def diagnostics_of(self, uri, version):
        while True:
            message = self.receive()
            params = message.get("params", {})
            if (message.get("method") == "textDocument/publishDiagnostics"
                    and params.get("uri") == uri and params.get("version") == version):
                return params["diagnostics"]


def main():
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "orders.yaml")
        text = config(5000)
        assert text.count("\n") == 200
        with open(path, "w") as out:
            out.write(text)
        uri = "file://" + path
        server = Server(GAL + ["lsp", "--debounce-ms", "0"])
        server.send({"id": 1, "method": "initialize", "params": {"capabilities": {}}})
        while server.receive().get("id") != 1:
            pass
        server.send({"method": "initialized", "params": {}})
        server.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
        found = server.diagnostics_of(uri, 1)
        times = []
        for edit in range(WARM_UP + EDITS):
            version = edit + 2
            # Each edit changes a value, so each lint works on new text.
            changed = config(5000 + version)
            start = time.perf_counter()
            server.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": changed}]}})
            server.diagnostics_of(uri, version)
            if edit >= WARM_UP:
                times.append((time.perf_counter() - start) * 1000)
        server.send({"id": 2, "method": "shutdown"})
        while server.receive().get("id") != 2:
            pass
        server.send({"method": "exit"})
        server.process.wait(timeout=30)
    times.sort()
    print("gal lsp warm re-lint of a 200-line GAL config (%d diagnostics), %d edits after %d warm-up:"
          % (len(found), EDITS, WARM_UP))
    print("  median %.1f ms   p90 %.1f ms   max %.1f ms"
          % (statistics.median(times), times[int(len(times) * 0.9) - 1], times[-1]))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""A language server that answers the handshake and never publishes a diagnostic: the Neovim test's negative
control. tests/nvim/run.sh --control silent points the test at it, and the test must fail."""
import json
import sys

stdin, stdout = sys.stdin.buffer, sys.stdout.buffer


def read():
    length = None
    while True:
        line = stdin.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        name, _, value = line.decode().partition(':')
        if name.lower() == 'content-length':
            length = int(value)
    return json.loads(stdin.read(length))


def send(message):
    body = json.dumps(message).encode()
    stdout.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
    stdout.flush()


while True:
    message = read()
    if message is None or message.get('method') == 'exit':
        break
    if 'id' in message and 'method' in message:
        result = {'capabilities': {'textDocumentSync': 1, 'codeActionProvider': True}} if message['method'] == 'initialize' else None
        if message['method'] == 'textDocument/codeAction':
            result = []
        send({'jsonrpc': '2.0', 'id': message['id'], 'result': result})

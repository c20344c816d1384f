#!/usr/bin/env python3
"""Times `editorial-lint lsp` the way an editor uses it: edit-to-diagnostics round trips, and the corpus pass on save.

A timed run over the real protocol (stdio, Content-Length framing), not a unit test. For each of --edits changes to
an open article it sends textDocument/didChange with a new version and waits for the publishDiagnostics of that
version; the round trip is receive - send, and "after debounce" subtracts the server's configured debounce. Each
edit toggles a figure's attribution, so the diagnostics really change (EDL0002 appears and clears).

  scripts/lsp-roundtrip.py --server 'dotnet src/EditorialLint.Cli/bin/Release/net10.0/editorial-lint.dll lsp'
  scripts/lsp-roundtrip.py --workspace /work/shared/corpus/pk-news --articles '**/*.txt' \\
      --date-pattern '(?<year>\\d{4})(?<month>\\d{2})(?<day>\\d{2})' --open tribune/20250624/tribune-20250624-007.txt

Without --workspace, the article is one this script writes (about 5 KB of its own text) into a temporary
workspace. With --workspace (never written to), name an article in it with --open; its text is read at run time
only and copied nowhere.
"""
import argparse
import json
import os
import pathlib
import queue
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time

PARAGRAPH = (
    "Officials in Peshawar said on Monday that talks with elders from the tribal districts would resume next week, "
    "after a convoy carrying delegates was held at the crossing for most of the day. {figure} The provincial "
    "government said it had asked the federal authorities to reopen the road, and traders said perishable goods "
    "were being lost. A spokesman for the elders said the Tehreek-e-Taliban Pakistan had not been invited.\n\n"
)


def synthetic_article(size):
    """About `size` characters of news-like text written here, with one unattributed figure near the end."""
    body = "---\ndate: 2025-03-10\n---\nBorder talks resume\n\n"
    n = 0
    while len(body) < size - 400:
        body += PARAGRAPH.format(figure=f"Some {40 + n} lorries were turned back, police said.")
        n += 1
    body += "The road stayed shut all day and over 200 lorries were stranded at the crossing.\n"
    return body


class Client:
    def __init__(self, command, cwd):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=sys.stderr if os.environ.get("EDL_ROUNDTRIP_STDERR") else subprocess.DEVNULL, cwd=cwd)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    self.messages.put(None)
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(':')
                if name.lower() == 'content-length':
                    length = int(value)
            message = json.loads(stream.read(length))
            message['_received'] = time.perf_counter()
            if 'id' in message and 'method' in message:
                self.send({'jsonrpc': '2.0', 'id': message['id'], 'result': None})
            self.messages.put(message)

    def send(self, message):
        body = json.dumps(message).encode()
        sent = time.perf_counter()
        self.process.stdin.write(b'Content-Length: %d\r\n\r\n' % len(body) + body)
        self.process.stdin.flush()
        return sent

    def request(self, method, params):
        self.next_id += 1
        self.send({'jsonrpc': '2.0', 'id': self.next_id, 'method': method, 'params': params})
        return self.wait(lambda m: m.get('id') == self.next_id and 'method' not in m, 600)

    def notify(self, method, params):
        return self.send({'jsonrpc': '2.0', 'method': method, 'params': params})

    def wait(self, predicate, timeout):
        deadline = time.perf_counter() + timeout
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise TimeoutError('no matching message')
            message = self.messages.get(timeout=left)
            if message is None:
                raise EOFError('the server closed its output')
            if predicate(message):
                return message


def is_publish(uri, version=None):
    def predicate(m):
        if m.get('method') != 'textDocument/publishDiagnostics' or m['params']['uri'] != uri:
            return False
        return version is None or m['params'].get('version') == version
    return predicate


def summary(values):
    values = sorted(values)
    p90 = values[min(len(values) - 1, int(round(0.9 * (len(values) - 1))))]
    return f"median {statistics.median(values):.1f} ms, p90 {p90:.1f} ms, max {values[-1]:.1f} ms (n={len(values)})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--server', required=True, help='the server command, e.g. "dotnet …/editorial-lint.dll lsp"')
    parser.add_argument('--workspace', help='workspace root (default: a temporary folder with the synthetic article)')
    parser.add_argument('--open', help='the article to edit, relative to --workspace')
    parser.add_argument('--articles', action='append', help='initializationOptions.articles (repeatable)')
    parser.add_argument('--date-pattern', help='initializationOptions.datePattern')
    parser.add_argument('--size', type=int, default=5 * 1024, help='size of the synthetic article (default 5 KB)')
    parser.add_argument('--debounce', type=int, default=150, help='initializationOptions.debounceMs (default 150)')
    parser.add_argument('--edits', type=int, default=60)
    parser.add_argument('--saves', type=int, default=5, help='didSave round trips (corpus pass) to time')
    args = parser.parse_args()

    temporary = None
    if args.workspace:
        root = pathlib.Path(args.workspace).resolve()
        if not args.open:
            parser.error('--workspace needs --open (this script never writes into a workspace it was given)')
        path = root / args.open
        text = path.read_text(encoding='utf-8-sig', errors='replace')
    else:
        temporary = tempfile.TemporaryDirectory(prefix='edl-roundtrip-')
        root = pathlib.Path(temporary.name)
        (root / 'articles').mkdir()
        path = root / 'articles' / 'roundtrip.txt'
        text = synthetic_article(args.size)
        path.write_text(text, encoding='utf-8')

    options = {'debounceMs': args.debounce}
    if args.articles:
        options['articles'] = args.articles
    if args.date_pattern:
        options['datePattern'] = args.date_pattern

    # The server runs in the workspace folder: paths in its command are taken from here.
    command = [str(pathlib.Path(t).resolve()) if os.path.exists(t) and not os.path.isabs(t) else t for t in shlex.split(args.server)]
    client = Client(command, str(root))
    uri = path.as_uri()
    started = time.perf_counter()
    client.request('initialize', {'processId': os.getpid(), 'rootUri': root.as_uri(), 'capabilities': {}, 'initializationOptions': options})
    client.notify('initialized', {})
    scan = client.wait(lambda m: m.get('method') == 'window/logMessage' and 'linted in' in m['params']['message'], 900)
    print(f"server: {scan['params']['message']} ({scan['_received'] - started:.1f} s after initialize)")

    client.notify('textDocument/didOpen', {'textDocument': {'uri': uri, 'languageId': 'plaintext', 'version': 1, 'text': text}})
    client.wait(is_publish(uri, 1), 120)
    time.sleep(1.0)  # let the corpus pass that follows an open finish
    while not client.messages.empty():
        client.messages.get()

    # The edit: toggle the attribution of the article's last sentence (for the synthetic article, EDL0002 clears and
    # comes back; a corpus article may or may not change its findings).
    stripped = text.rstrip()
    attributed = stripped[:-1] + ', police said.' if stripped.endswith('.') else stripped + ' police said.'
    variants = [attributed + '\n', stripped + '\n']
    round_trips, counts = [], set()
    for i in range(args.edits):
        version = i + 2
        sent = client.notify('textDocument/didChange', {'textDocument': {'uri': uri, 'version': version},
                                                       'contentChanges': [{'text': variants[i % 2]}]})
        published = client.wait(is_publish(uri, version), 60)
        round_trips.append((published['_received'] - sent) * 1000)
        counts.add(len(published['params']['diagnostics']))
        time.sleep(0.05)

    saves = []
    version = args.edits + 1
    for _ in range(args.saves):
        # didSave: the corpus pass over the workspace with this buffer laid over its file, then a publish.
        while not client.messages.empty():
            client.messages.get()
        sent = client.notify('textDocument/didSave', {'textDocument': {'uri': uri}})
        published = client.wait(is_publish(uri, version), 600)
        saves.append((published['_received'] - sent) * 1000)
        time.sleep(0.2)

    client.request('shutdown', None)
    client.notify('exit', None)
    client.process.wait(10)

    after = [t - args.debounce for t in round_trips]
    print(f"article: {len(text)} characters ({len(text.encode('utf-8'))} bytes); workspace: {root}")
    print(f"edit -> publishDiagnostics, debounce {args.debounce} ms: {summary(round_trips)}")
    print(f"  after debounce: {summary(after)}")
    print(f"  diagnostics per publish seen: {sorted(counts)}")
    print(f"save -> publishDiagnostics (corpus pass): {summary(saves)}")
    if temporary:
        temporary.cleanup()


if __name__ == '__main__':
    main()

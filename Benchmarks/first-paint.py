#!/usr/bin/env python3
"""First paint and page-down of `pamphlet read ARTICLE` against `less` on the
same article's text, in a 100x30 pseudo-terminal, measured the same way.

Each run starts the program on a fresh pty and reads everything it writes.
"First paint" is the time from starting the process to the last byte of its
first burst of output (the burst ends when nothing more arrives for QUIET
seconds), so both programs are timed to a finished screen, not to their first
escape sequence. Then PgDn is sent and the same is measured for the reply,
with its byte count. Runs alternate between the two programs so that machine
noise hits both alike; medians are reported.

Usage: Benchmarks/first-paint.py [--runs N] [--bin PATH] [--library DIR] [ARTICLE]
"""

import argparse
import fcntl
import os
import select
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

COLUMNS, ROWS = 100, 30
QUIET = 0.15          # seconds of silence that end a burst of output
DEADLINE = 10.0       # a program that has not painted by then has failed
PAGE_DOWN = b"\x1b[6~"  # kNP for xterm-256color, which both programs read from terminfo


def open_pty():
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    return master, slave


def read_burst(master, since):
    """Reads until output pauses; returns (seconds from `since` to the last byte, bytes)."""
    data = b""
    last = None
    end = since + DEADLINE
    while time.perf_counter() < end:
        wait = QUIET if last is not None else end - time.perf_counter()
        ready, _, _ = select.select([master], [], [], max(0.0, wait))
        if not ready:
            if last is not None:
                break
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        data += chunk
        last = time.perf_counter()
    if last is None:
        raise RuntimeError("no output before the deadline")
    return last - since, data


def measure(command, quit_keys, environment):
    master, slave = open_pty()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=environment,
                               start_new_session=True, close_fds=True)
    os.close(slave)
    try:
        first_paint, _ = read_burst(master, start)
        sent = time.perf_counter()
        os.write(master, PAGE_DOWN)
        page_down, page_bytes = read_burst(master, sent)
        os.write(master, quit_keys)
        process.wait(timeout=DEADLINE)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)
    return first_paint, page_down, len(page_bytes)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default="what-does-ketamine-therapy-feel-like")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--bin", default=os.environ.get("PAMPHLET_BIN"),
                        help="the pamphlet binary (default: the release build)")
    parser.add_argument("--library", default=os.path.join(root, "Articles"))
    options = parser.parse_args()

    binary = options.bin or subprocess.run(
        ["swift", "build", "-c", "release", "--static-swift-stdlib", "--show-bin-path"],
        cwd=root, capture_output=True, text=True, check=True).stdout.strip() + "/pamphlet"
    less = shutil.which("less")
    if less is None:
        sys.exit("less is not installed")

    with tempfile.TemporaryDirectory() as scratch:
        text_file = os.path.join(scratch, options.article + ".txt")
        with open(text_file, "w") as out:
            subprocess.run([binary, "show", options.article, "--library", options.library, "--width", "80"],
                           stdout=out, check=True)
        base = {"PATH": "/usr/bin:/bin", "HOME": scratch, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "LESSHISTFILE": "-", "SWIFT_BACKTRACE": "enable=no"}
        # Each program with the keys that quit it (q in the reader goes back to the library).
        commands = {
            "pamphlet": ([binary, "read", options.article, "--library", options.library], b"\x03"),
            "less": ([less, text_file], b"q"),
        }
        results = {name: [] for name in commands}
        for run in range(options.runs):
            for name, (command, quit_keys) in commands.items():
                # A fresh state folder each run: no saved position changes what is painted.
                state = tempfile.mkdtemp(dir=scratch)
                results[name].append(measure(command, quit_keys, dict(base, XDG_STATE_HOME=state)))

    def median(name, index):
        return statistics.median(r[index] for r in results[name])

    print(f"{options.runs} runs each, {COLUMNS}x{ROWS} pty, TERM=xterm-256color; medians")
    print(f"{'':10} {'first paint':>12} {'page-down':>10} {'PgDn bytes':>11}")
    for name in commands:
        print(f"{name:10} {median(name, 0) * 1000:10.2f}ms {median(name, 1) * 1000:8.2f}ms {median(name, 2):11.0f}")
    print(f"ratio pamphlet/less: first paint {median('pamphlet', 0) / median('less', 0):.2f}, "
          f"page-down time {median('pamphlet', 1) / median('less', 1):.2f}, "
          f"page-down bytes {median('pamphlet', 2) / median('less', 2):.2f}")


if __name__ == "__main__":
    main()

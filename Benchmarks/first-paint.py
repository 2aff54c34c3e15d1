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

A third program sets the floor: Floors/minimal-ncurses-pager.c, the least a
pager painting through ncurses can do (pre-wrapped lines, a status line, no
parsing or layout), built here with `cc`. No ncurses program can beat it, so
the table shows how far pamphlet is from what ncurses allows, and how far
ncurses itself is from less.

--instructions also counts instructions with valgrind's callgrind, which
repeat exactly whatever else the machine is doing: the first paint, and the
average over 20 keys alternating PgDn and PgUp (each minus a run with none).

Usage: Benchmarks/first-paint.py [--runs N] [--instructions] [--bin PATH] [--library DIR] [ARTICLE]
"""

import argparse
import contextlib
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
PAGE_DOWN = b"\x1b[6~"  # kNP for xterm-256color, which all programs read from terminfo
PAGE_UP = b"\x1b[5~"
COUNTED_KEYS = 20
# Ratios printed: pamphlet against less, the floor against less, pamphlet against the floor.
COMPARISONS = (("pamphlet", "less"), ("ncurses floor", "less"), ("pamphlet", "ncurses floor"))


def open_pty():
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    return master, slave


# Questions a program may ask the terminal before it paints, and xterm's answers: the
# background colour (OSC 11, which pamphlet asks to choose its theme) and the device
# attributes (DA1, which pamphlet asks after it so that the wait ends at once). A pty
# answers nothing, so unanswered the program would sit out its timeout and the figure
# would time the question rather than the paint.
TERMINAL_ANSWERS = (
    (b"\x1b]11;?", b"\x1b]11;rgb:0000/0000/0000\x1b\\"),
    (b"\x1b[c", b"\x1b[?64;1;2;6;9;15;18;21;22c"),
)


def answer_questions(master, data, answered):
    """Answers, once each, the terminal questions that `data` has asked so far."""
    for question, reply in TERMINAL_ANSWERS:
        if question not in answered and question in data:
            answered.add(question)
            os.write(master, reply)


def read_burst(master, since, quiet=QUIET):
    """Reads until output pauses; returns (seconds from `since` to the last byte, bytes).
    Questions to the terminal are answered as they come, as xterm would."""
    data = b""
    answered = set()
    last = None
    end = since + DEADLINE
    while time.perf_counter() < end:
        wait = quiet if last is not None else end - time.perf_counter()
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
        answer_questions(master, data, answered)
    if last is None:
        raise RuntimeError("no output before the deadline")
    return last - since, data


@contextlib.contextmanager
def running_in_pty(command, environment):
    """Starts `command` on a fresh pty; yields (master, process, start time) and makes
    sure the process is gone and the pty closed afterwards."""
    master, slave = open_pty()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=environment,
                               start_new_session=True, close_fds=True)
    os.close(slave)
    try:
        yield master, process, start
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        os.close(master)


def measure(command, quit_keys, environment):
    with running_in_pty(command, environment) as (master, process, start):
        first_paint, _ = read_burst(master, start)
        sent = time.perf_counter()
        os.write(master, PAGE_DOWN)
        page_down, page_bytes = read_burst(master, sent)
        os.write(master, quit_keys)
        process.wait(timeout=DEADLINE)
    return first_paint, page_down, len(page_bytes)


def count_instructions(command, quit_keys, environment, keys, scratch):
    """Instructions callgrind counts for the first paint followed by `keys` page keys."""
    output = os.path.join(scratch, "callgrind.out")
    valgrind = ["valgrind", "-q", "--tool=callgrind", "--callgrind-out-file=" + output]
    with running_in_pty(valgrind + command, environment) as (master, process, start):
        # valgrind runs programs some fifty times slower: wait longer before calling a burst done.
        read_burst(master, start, quiet=1.5)
        for key in range(keys):
            os.write(master, PAGE_DOWN if key % 2 == 0 else PAGE_UP)
            read_burst(master, time.perf_counter(), quiet=0.5)
        os.write(master, quit_keys)
        process.wait(timeout=60)
    with open(output) as counts:
        for line in counts:
            if line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError("callgrind wrote no totals")


def build_floor(here, scratch):
    source = os.path.join(here, "Floors", "minimal-ncurses-pager.c")
    binary = os.path.join(scratch, "minimal-ncurses-pager")
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        sys.exit("a C compiler (cc) is needed for the ncurses floor")
    subprocess.run([compiler, "-O2", "-o", binary, source, "-lncursesw"], check=True)
    return binary


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default="what-does-ketamine-therapy-feel-like")
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--instructions", action="store_true", help="also count instructions with callgrind")
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
    if options.instructions and shutil.which("valgrind") is None:
        sys.exit("--instructions needs valgrind")

    with tempfile.TemporaryDirectory() as scratch:
        text_file = os.path.join(scratch, options.article + ".txt")
        with open(text_file, "w") as out:
            subprocess.run([binary, "show", options.article, "--library", options.library, "--width", "80"],
                           stdout=out, check=True)
        floor = build_floor(here, scratch)
        base = {"PATH": "/usr/bin:/bin", "HOME": scratch, "TERM": "xterm-256color", "LANG": "C.UTF-8",
                "LESSHISTFILE": "-", "SWIFT_BACKTRACE": "enable=no"}
        # A warm start, as the goals are set: the search index and the library's catalog
        # are built once here, not inside the first measured run (minutes on 10,000 articles).
        subprocess.run([binary, "index", "--library", options.library], env=base,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        # Each program with the keys that quit it (q in the reader goes back to the library).
        commands = {
            "pamphlet": ([binary, "read", options.article, "--library", options.library], b"\x03"),
            "ncurses floor": ([floor, text_file], b"q"),
            "less": ([less, text_file], b"q"),
        }
        results = {name: [] for name in commands}
        for run in range(options.runs):
            for name, (command, quit_keys) in commands.items():
                # A fresh state folder each run: no saved position changes what is painted.
                state = tempfile.mkdtemp(dir=scratch)
                results[name].append(measure(command, quit_keys, dict(base, XDG_STATE_HOME=state)))
        instructions = {}
        if options.instructions:
            # valgrind 3.19 cannot read Swift 6's DWARF 5: count on a copy without it.
            stripped = os.path.join(scratch, "pamphlet")
            subprocess.run(["objcopy", "--strip-debug", binary, stripped], check=True)
            commands["pamphlet"] = ([stripped] + commands["pamphlet"][0][1:], commands["pamphlet"][1])
            for name, (command, quit_keys) in commands.items():
                counts = [count_instructions(command, quit_keys, dict(base, XDG_STATE_HOME=tempfile.mkdtemp(dir=scratch)),
                                             keys, scratch) for keys in (0, COUNTED_KEYS)]
                instructions[name] = (counts[0], (counts[1] - counts[0]) / COUNTED_KEYS)

    def median(name, index):
        return statistics.median(r[index] for r in results[name])

    print(f"{options.runs} runs each, {COLUMNS}x{ROWS} pty, TERM=xterm-256color; medians")
    print(f"{'':14} {'first paint':>12} {'page-down':>10} {'PgDn bytes':>11}")
    for name in commands:
        print(f"{name:14} {median(name, 0) * 1000:10.2f}ms {median(name, 1) * 1000:8.2f}ms {median(name, 2):11.0f}")
    for name, against in COMPARISONS:
        print(f"ratio {name}/{against}: first paint {median(name, 0) / median(against, 0):.2f}, "
              f"page-down time {median(name, 1) / median(against, 1):.2f}, "
              f"page-down bytes {median(name, 2) / median(against, 2):.2f}")
    if instructions:
        print(f"\ninstructions (callgrind){'':2} {'first paint':>12} {'per key':>10}")
        for name, (first, per_key) in instructions.items():
            print(f"{name:26} {first / 1e6:10.2f} M {per_key / 1e6:8.2f} M")
        for name, against in COMPARISONS:
            mine, theirs = instructions[name], instructions[against]
            print(f"ratio {name}/{against}: first paint {mine[0] / theirs[0]:.2f}, per key {mine[1] / theirs[1]:.2f}")


if __name__ == "__main__":
    main()

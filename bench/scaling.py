#!/usr/bin/env python3
"""Scaling of hostile input shapes: for each shape, the median wall time of
`bin/gal lint` on an input of size n and of size 4n, and their ratio. Linear
work gives a ratio near 4 once start-up is small beside the work, quadratic
work near 16; every ratio must stay under 5. Each shape is also timed at 50 MB,
just under the file-size limit: every such file must finish in under 5 s.

    bench/scaling.py [RUNS]     (default 3 runs per input)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAL = os.path.join(ROOT, "bin", "gal")
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 3
# A raised string limit lets the long scalars be read, not refused by the pre-scan.
READ_LONG = ["--max-string-length", "100000000"]

HEAD = 'version: "1.0"\nprovider: aws_apigateway\n'


def config_with(description):
    return HEAD + "global_config:\n  aws_apigateway:\n    api_description: " + description + (
        "\nservices:\n  - name: s\n    type: rest\n    protocol: https\n"
        "    upstream: {host: s.example.com, port: 443}\n    routes:\n      - path_prefix: /a\n        methods: [GET]\n")


def plain(n):
    return config_with("a" * n), READ_LONG


def plain_words(n):
    return config_with(("lorem ipsum " * (n // 12 + 1))[:n].strip()), READ_LONG


def quoted(n):
    return config_with('"' + "b" * n + '"'), READ_LONG


def block(n):
    lines = "\n".join("      " + "c" * 79 for _ in range(n // 80))
    return config_with("|\n" + lines), READ_LONG


def block_one_line(n):
    return config_with("|\n      " + "d" * n), READ_LONG


def refused_plain(n):
    return config_with("e" * n), []


def many_keys(n):
    return "".join("k%d: %d\n" % (i, i) for i in range(n // 12)), []


def long_list(n):
    return "items:\n" + "".join("  - item%d\n" % i for i in range(n // 12)), []


def tiny_values(n):
    # Two values in 13 bytes: n holds 770,000, 4n more than the value limit, refused while loading.
    return "items:\n" + "".join("- {a: %05d}\n" % (i % 100_000) for i in range(n // 13)), []


def deep_nesting(n):
    depth = n // 50_000
    return "a: " + "[" * depth + "]" * depth + "\n", []


def many_documents(n):
    body = "".join("k%d: v\n" % i for i in range(n // 8_000))
    return ("---\n" + body) * 900, []


def anchors(n):
    count = n // 40
    return "".join("a%d: &x%d {v: %d}\nb%d: *x%d\n" % (i, i, i, i, i) for i in range(count)), []


def long_line(n):
    return "items: [" + ", ".join("item%d" % i for i in range(n // 9)) + "]\n", []


def json_string(n):
    return '{"version": "1.0", "s": "' + "f" * n + '"}', READ_LONG


def json_number(n):
    return '{"version": "1.0", "n": ' + "7" * n + "}", []


def json_many_keys(n):
    # Minified, as tools write JSON: one line, and every key in one object.
    return "{" + ",".join('"k%d":%d' % (i, i) for i in range(n // 14)) + "}", []


def json_tiny_values(n):
    return "[" + ",".join('{"a":%d}' % (i % 100_000) for i in range(n // 12)) + "]", []


SHAPES = [
    ("long plain scalar", plain, 2_500_000),
    ("long plain scalar with spaces", plain_words, 2_500_000),
    ("long quoted scalar", quoted, 2_500_000),
    ("long block scalar, many lines", block, 2_500_000),
    ("block scalar, one long line", block_one_line, 2_500_000),
    ("plain scalar over the limit", refused_plain, 5_000_000),
    ("many keys in one mapping", many_keys, 2_500_000),
    ("long list", long_list, 2_500_000),
    ("deep nesting (over the limit)", deep_nesting, 5_000_000),
    ("tiny values, 4n over the limit", tiny_values, 5_000_000),
    ("many documents", many_documents, 2_500_000),
    ("many anchors and aliases", anchors, 2_500_000),
    ("very long line (flow list)", long_line, 2_500_000),
    ("JSON, one huge string", json_string, 2_500_000),
    ("JSON, one huge number", json_number, 2_500_000),
    ("JSON, many keys on one line", json_many_keys, 2_500_000),
    ("JSON, tiny values on one line", json_tiny_values, 2_500_000),
]


def median_seconds(path, flags):
    times = []
    for _ in range(RUNS):
        start = time.monotonic()
        subprocess.run([GAL, "lint", *flags, path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.monotonic() - start)
    return statistics.median(times)


LARGE_BYTES = 50_000_000
LARGE_LIMIT_S = 5.0


def at_size(make, target):
    """The shape's text at about target bytes: sizes are not linear in n for every shape."""
    text, flags = make(target)
    if len(text) > 1000:
        text, flags = make(int(target * target / len(text)))
    return text, flags


def timed(work, name, text, flags):
    path = os.path.join(work, "input.json" if name.startswith("JSON") else "input.yaml")
    with open(path, "w") as out:
        out.write(text)
    return median_seconds(path, flags)


def main():
    subprocess.run([GAL, "--version"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    worst = 0.0
    slowest = 0.0
    with tempfile.TemporaryDirectory() as work:
        print("%-34s %10s %10s %10s %8s %10s" % ("shape", "n (bytes)", "t(n) s", "t(4n) s", "ratio", "50 MB s"))
        for name, make, n in SHAPES:
            measured = [timed(work, name, *make(size)) for size in (n, 4 * n)]
            large = timed(work, name, *at_size(make, LARGE_BYTES))
            ratio = measured[1] / measured[0]
            worst = max(worst, ratio)
            slowest = max(slowest, large)
            print("%-34s %10d %10.2f %10.2f %8.2f %10.2f" % (name, n, measured[0], measured[1], ratio, large), flush=True)
    print("worst ratio %.2f (limit 5); slowest 50 MB input %.2f s (limit %.0f s)" % (worst, slowest, LARGE_LIMIT_S))
    return 0 if worst < 5 and slowest < LARGE_LIMIT_S else 1


if __name__ == "__main__":
    sys.exit(main())

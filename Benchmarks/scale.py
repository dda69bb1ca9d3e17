#!/usr/bin/env python3
"""Speed and scale of Verbatim's stages on generated dumps of growing size, beside Python peers.

Usage: python3 Benchmarks/scale.py [--sizes 250000,500000,1000000] [--peers] [--peer-size N]
                                   [--stream-repeat R] [--long-tail N] [--binary PATH]

For each size it makes a dump from the sample's vocabulary (Benchmarks/make-large-dump.py) and
times, each as a whole process under /usr/bin/time -v (release build):
  - sentiment on the plain lines, one job and every core;
  - analyze on the CSV (auto categories, Markdown report), and each of its stages (--timings);
  - stream on the plain lines;
printing wall and CPU time, comments/s, MB/s and peak resident memory, then how time grows
(time at 2N over time at N; linear is 2.0). --stream-repeat R also feeds the largest lines file
R times through one stream process, to show its memory stays flat as the stream goes on (the
row for R = 1 is the plain stream row above it). Repeated lines bring no new words, so
--long-tail N also streams N lines each carrying a never-seen word (a seeded random 8-letter
word, as names, typos and ids do in real feeds), at N/4 and at N lines, to show the feature
vocabulary's cap holds memory flat there too.
With --peers it times, on the same file (the largest size, or --peer-size): VADER's
polarity_scores loop and scikit-learn's TF-IDF + MiniBatchKMeans (k = 20), and prints
Verbatim's speed ratio over each (pip install vaderSentiment scikit-learn).
"""
import os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if "--help" in sys.argv or "-h" in sys.argv:
    print(__doc__.strip())
    sys.exit(0)


def option(name, default):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


sizes = [int(s) for s in option("--sizes", "250000,500000,1000000").split(",")]
binary = option("--binary", os.path.join(root, ".build/release/verbatim"))
repeat = int(option("--stream-repeat", "1"))
cores = os.cpu_count() or 1


def timed(command, stdin_path=None):
    """Runs `command` (a list, or a shell string) under /usr/bin/time -v: (wall, cpu, peak MB, stderr)."""
    shell = isinstance(command, str)
    argv = ["/usr/bin/time", "-v"] + (["sh", "-c", command] if shell else command)
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    done = subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {command}\n{done.stderr[-2000:]}")
    fields = dict(line.strip().split(": ", 1) for line in done.stderr.splitlines() if ": " in line)
    clock = [float(x) for x in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")]
    wall = sum(x * 60 ** k for k, x in enumerate(reversed(clock)))
    cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
    return wall, cpu, int(fields["Maximum resident set size (kbytes)"]) / 1024, done.stderr


STAGE = re.compile(r"^  (.+?)\s+([\d.]+) s wall\s+([\d.]+) s CPU$")


def stage_rows(name, n, size_bytes, stderr):
    """Rows for the per-stage timings that `analyze --timings` printed (the total excepted)."""
    for line in stderr.splitlines():
        m = STAGE.match(line)
        if m and m.group(1) != "total":
            wall, cpu = float(m.group(2)), float(m.group(3))
            print(f"| {name}: {m.group(1)} | {n:,} | {wall:.2f} s | {cpu:.2f} s | "
                  f"{n / wall if wall else 0:,.0f} | {size_bytes / wall / 1e6 if wall else 0:.1f} | |")


def row(stage, n, size_bytes, wall, cpu, rss):
    print(f"| {stage} | {n:,} | {wall:.2f} s | {cpu:.2f} s | {n / wall:,.0f} | {size_bytes / wall / 1e6:.1f} | {rss:.0f} MB |")


def make(n, folder):
    csv_path, lines_path = os.path.join(folder, f"dump-{n}.csv"), os.path.join(folder, f"lines-{n}.txt")
    subprocess.run([sys.executable, os.path.join(root, "Benchmarks/make-large-dump.py"), str(n), csv_path], check=True)
    subprocess.run([sys.executable, "-c", """
import csv, sys
rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
open(sys.argv[2], "w", encoding="utf-8").write("".join(r["text"].replace("\\n", " ") + "\\n" for r in rows))
""", csv_path, lines_path], check=True)
    return csv_path, lines_path


def long_tail(lines_path, count, out_path, seed=7):
    """Writes `count` lines of `lines_path` (cycled), each with a seeded random 8-letter word put in."""
    import random
    rnd = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    with open(lines_path, encoding="utf-8") as source, open(out_path, "w", encoding="utf-8") as out:
        lines = source.read().splitlines()
        for i in range(count):
            words = lines[i % len(lines)].split(" ")
            words.insert(rnd.randrange(len(words) + 1), "".join(rnd.choice(letters) for _ in range(8)))
            out.write(" ".join(words) + "\n")


VADER = """
import sys
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
analyzer = SentimentIntensityAnalyzer()
for line in open(sys.argv[1], encoding="utf-8"):
    analyzer.polarity_scores(line)
"""

KMEANS = """
import csv, sys
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.cluster import MiniBatchKMeans
texts = [r["text"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))]
matrix = TfidfVectorizer(sublinear_tf=True, min_df=2, stop_words="english").fit_transform(texts)
MiniBatchKMeans(n_clusters=20, random_state=42).fit_predict(matrix)
"""


def main():
    subprocess.run(["swift", "build", "-c", "release"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    walls = {}
    with tempfile.TemporaryDirectory() as folder:
        print("| stage | comments | wall | CPU | comments/s | MB/s | peak RSS |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        files = {}
        for n in sizes:
            csv_path, lines_path = files[n] = make(n, folder)
            csv_bytes, lines_bytes = os.path.getsize(csv_path), os.path.getsize(lines_path)
            stages = [
                ("sentiment, 1 job", [binary, "sentiment", "--jobs", "1"], lines_path, lines_bytes),
                (f"sentiment, {cores} jobs", [binary, "sentiment", "--jobs", str(cores)], lines_path, lines_bytes),
                ("analyze (CSV, auto)", [binary, "analyze", csv_path, "--timings", "-o", os.path.join(folder, "report.md")],
                 None, csv_bytes),
                ("stream", [binary, "stream"], lines_path, lines_bytes),
            ]
            for stage, command, stdin_path, size_bytes in stages:
                wall, cpu, rss, errors = timed(command, stdin_path)
                walls[(stage, n)] = wall
                row(stage, n, size_bytes, wall, cpu, rss)
                stage_rows(stage.split(" ")[0], n, size_bytes, errors)
        if repeat > 1:
            n = sizes[-1]
            lines_path = files[n][1]
            command = f"for i in $(seq {repeat}); do cat '{lines_path}'; done | '{binary}' stream"
            wall, cpu, rss, _ = timed(command)
            row(f"stream, the {n:,} lines {repeat} times", n * repeat, os.path.getsize(lines_path) * repeat, wall, cpu, rss)
        tail = int(option("--long-tail", "0"))
        if tail > 0:
            lines_path = files[sizes[-1]][1]
            for count in (tail // 4, tail):
                tail_path = os.path.join(folder, f"tail-{count}.txt")
                long_tail(lines_path, count, tail_path)
                wall, cpu, rss, _ = timed([binary, "stream"], tail_path)
                row(f"stream, long tail (a new word per line)", count, os.path.getsize(tail_path), wall, cpu, rss)
                os.remove(tail_path)

        print("\nGrowth (time at 2N / time at N; linear is 2.0):")
        for stage in sorted({s for s, _ in walls}):
            for a, b in zip(sizes, sizes[1:]):
                if b == 2 * a and walls[(stage, a)] > 0:
                    print(f"- {stage}: {a:,} → {b:,}: ×{walls[(stage, b)] / walls[(stage, a)]:.2f}")

        if "--peers" in sys.argv:
            n = int(option("--peer-size", str(sizes[-1])))
            csv_path, lines_path = files[n] if n in files else make(n, folder)
            print(f"\nPeers on the same {n:,} comments:")
            vader = timed([sys.executable, "-c", VADER, lines_path])
            ours = timed([binary, "sentiment", "--jobs", str(cores)], lines_path)
            print(f"- VADER polarity_scores loop: {vader[0]:.2f} s ({n / vader[0]:,.0f}/s, {vader[2]:.0f} MB); "
                  f"Verbatim sentiment {ours[0]:.2f} s; speed ratio ×{vader[0] / ours[0]:.1f}")
            kmeans = timed([sys.executable, "-c", KMEANS, csv_path])
            ours = timed([binary, "analyze", csv_path, "-o", os.path.join(folder, "report.md")])
            print(f"- scikit-learn TF-IDF + MiniBatchKMeans (k=20): {kmeans[0]:.2f} s, {kmeans[2]:.0f} MB; "
                  f"Verbatim analyze {ours[0]:.2f} s, {ours[2]:.0f} MB; speed ratio ×{kmeans[0] / ours[0]:.2f}")


main()

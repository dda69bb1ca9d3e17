#!/usr/bin/env python3
"""Sentiment accuracy on the human-rated sets in ../shared/eval/sentiment, Verbatim beside its peers.

Usage: python3 Benchmarks/sentiment-eval.py [path/to/verbatim] [--peers]

Runs `verbatim sentiment --json` on each set and prints, per dataset and system: Pearson r between
compound and the mean human rating, polarity accuracy on |rating| >= 1 (compound 0 counts as wrong)
and 3-class macro-F1 (gold: rating >= 0.5 positive, <= -0.5 negative; predicted by ±0.05).
With --peers it also scores VADER, TextBlob and AFINN (pip install vaderSentiment textblob afinn).
"""
import csv, json, math, os, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith("--")]
binary = args[0] if args else os.path.join(root, ".build/release/verbatim")
eval_dir = os.path.join(os.path.dirname(root), "shared/eval/sentiment")
SETS = ["tweets", "amazonReviewSnippets", "movieReviewSnippets", "nytEditorialSnippets"]

def load(name):
    rows = list(csv.reader(open(os.path.join(eval_dir, name + ".tsv"), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
    return [r[2] for r in rows], [float(r[1]) for r in rows]

def pearson(x, y):
    n = len(x); mx = sum(x) / n; my = sum(y) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sx = math.sqrt(sum((a - mx) ** 2 for a in x)); sy = math.sqrt(sum((b - my) ** 2 for b in y))
    return sxy / (sx * sy) if sx and sy else 0.0

def cls(v, t):
    return "pos" if v >= t else "neg" if v <= -t else "neu"

def scores(compound, rating):
    polar = [(c, r) for c, r in zip(compound, rating) if abs(r) >= 1]
    acc = sum(1 for c, r in polar if c != 0 and (c > 0) == (r > 0)) / len(polar)
    gold = [cls(r, 0.5) for r in rating]; pred = [cls(c, 0.05) for c in compound]
    f1s = []
    for k in ("pos", "neu", "neg"):
        tp = sum(1 for g, p in zip(gold, pred) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred) if g == k and p != k)
        prec = tp / (tp + fp) if tp + fp else 0; rec = tp / (tp + fn) if tp + fn else 0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0)
    return pearson(compound, rating), acc, sum(f1s) / 3

def verbatim(texts):
    data = "".join(t.replace("\n", " ") + "\n" for t in texts)
    out = subprocess.run([binary, "sentiment", "--json"], input=data.encode(), capture_output=True, check=True).stdout
    return [json.loads(l)["sentiment"]["compound"] for l in out.decode().splitlines()]

systems = {"verbatim": verbatim}
if "--peers" in sys.argv:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    vader = SentimentIntensityAnalyzer()
    systems["VADER"] = lambda ts: [vader.polarity_scores(t)["compound"] for t in ts]
    try:
        from textblob import TextBlob
        systems["TextBlob"] = lambda ts: [TextBlob(t).sentiment.polarity for t in ts]
    except ImportError:
        pass
    try:
        from afinn import Afinn
        af = Afinn()
        systems["AFINN"] = lambda ts: [math.tanh(af.score(t) / 5) for t in ts]
    except ImportError:
        pass

print(f"| set | {' | '.join(systems)} |")
print(f"| --- | {' | '.join('---' for _ in systems)} |")
seconds = {system: 0.0 for system in systems}
total = 0
for name in SETS:
    texts, rating = load(name)
    total += len(texts)
    cells = []
    for system, run in systems.items():
        start = time.time()
        compound = run(texts)
        seconds[system] += time.time() - start
        r, acc, f1 = scores(compound, rating)
        cells.append(f"{r:.3f} / {acc:.3f} / {f1:.3f}")
    print(f"| {name} ({len(texts):,}) | {' | '.join(cells)} |")
print(f"| comments/s (all sets) | {' | '.join(f'{total / max(seconds[s], 1e-9):,.0f}' for s in systems)} |")
print("(cells: Pearson r / polarity accuracy / macro-F1; Verbatim's speed includes starting the process,")
print(" reading and writing; for throughput on large files use Benchmarks/throughput.sh)")

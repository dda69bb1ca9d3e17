#!/usr/bin/env python3
"""Category recovery on the labelled customer-support sets in ../shared/eval/categories.

Usage: python3 Benchmarks/cluster-eval.py [path/to/verbatim] [--sklearn] [--seed N] [--only banking77|clinc150] [--k-only|--auto-only]

For each set, runs `verbatim analyze --assignments` with --categories set to the true number of
classes and with --categories auto, and prints NMI, ARI and coverage (share of comments given a
category). With --sklearn it also runs the scikit-learn peers (TF-IDF + k-means, LSA + k-means, NMF).
"""
import csv, json, os, subprocess, sys, tempfile, time
sys.path.insert(0, os.path.dirname(__file__))
from cluster_metrics import nmi, ari

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def option(name):
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else None
seed, only = option("--seed"), option("--only")
args = [a for i, a in enumerate(sys.argv[1:]) if not a.startswith("--") and sys.argv[i] not in ("--seed", "--only")]
binary = args[0] if args else os.path.join(root, ".build/release/verbatim")
eval_dir = os.path.join(os.path.dirname(root), "shared/eval/categories")

def load(name):
    rows = list(csv.reader(open(os.path.join(eval_dir, name), encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
    header, rows = rows[0], rows[1:]
    rows = [r for r in rows if r[1] != "oos"]
    return [r[0] for r in rows], [r[1] for r in rows]

def verbatim(texts, categories):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.txt")
        with open(src, "w", encoding="utf-8") as f:
            for t in texts: f.write(t.replace("\n", " ") + "\n")
        out = os.path.join(tmp, "a.ndjson")
        start = time.time()
        subprocess.run([binary, "analyze", src, "--categories", str(categories), "-o", os.path.join(tmp, "r.md"),
                        "--assignments", out] + (["--seed", seed] if seed else []), check=True)
        elapsed = time.time() - start
        predicted = []
        for i, line in enumerate(open(out)):
            c = json.loads(line).get("category")
            predicted.append(c["id"] if c else f"none-{i}")
    return predicted, elapsed

def report(name, gold, predicted, elapsed=None):
    covered = sum(1 for p in predicted if not str(p).startswith("none-")) / len(predicted)
    found = len({p for p in predicted if not str(p).startswith("none-")})
    # Uncategorized comments each count as their own singleton cluster (no credit for "other").
    print(f"  {name:28s} NMI {nmi(gold, predicted):.3f} · ARI {ari(gold, predicted):.3f} · coverage {covered:.2f}"
          + f" · {found} categories"
          + (f" · {elapsed:.1f}s" if elapsed else ""))

for name in ["banking77_test.tsv", "clinc150_test.tsv"]:
    if only and not name.startswith(only): continue
    texts, gold = load(name)
    k = len(set(gold))
    print(f"{name}: {len(texts)} texts, {k} classes")
    settings = [k] if "--k-only" in sys.argv else ["auto"] if "--auto-only" in sys.argv else [k, "auto"]
    for setting in settings:
        predicted, elapsed = verbatim(texts, setting)
        report(f"verbatim --categories {setting}", gold, predicted, elapsed)
    if "--sklearn" in sys.argv:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.cluster import KMeans
        from sklearn.decomposition import TruncatedSVD, NMF
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import Normalizer
        X = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2).fit_transform(texts)
        report("TF-IDF + k-means", gold, list(KMeans(k, n_init=10, random_state=42).fit_predict(X)))
        Z = make_pipeline(TruncatedSVD(100, random_state=42), Normalizer(copy=False)).fit_transform(X)
        report("LSA(100) + k-means", gold, list(KMeans(k, n_init=10, random_state=42).fit_predict(Z)))
        W = NMF(k, random_state=42, max_iter=400).fit_transform(X)
        report("NMF", gold, list(W.argmax(axis=1)))

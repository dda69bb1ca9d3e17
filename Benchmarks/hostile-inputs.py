#!/usr/bin/env python3
"""Feeds generated hostile inputs through `verbatim analyze` and `verbatim stream` and checks
that nothing crashes, every record is accounted for, and every report is safe to render.

Usage: python3 Benchmarks/hostile-inputs.py [path/to/verbatim] [--huge-mb N]

Inputs: invalid UTF-8, UTF-16 files with a byte order mark, NUL bytes and control characters, a
line of N MB without a line break (default 20), malformed CSV (unterminated quote, ragged rows)
and JSONL (bad JSON, missing field, wrong type), empty input, one comment, identical comments,
neutral comments, and comments written to break Markdown or inject HTML.

Checks, per input and command:
- crash: the process died of a signal or exited with a status other than 0;
- records lost: the report's `read` differs from the records the input holds, `read` is not
  `analyzed + skipped`, or the per-comment records (analyze --assignments, stream's output)
  are not one per record;
- unsafe rendering: the Markdown report, rendered by markdown-it-py (raw HTML allowed, as on a
  careless wiki), holds a live tag or `javascript:` link, or a table row with the wrong number of cells.
Prints one line: inputs tried, crashes, records lost, unsafe renderings (pip install markdown-it-py).
"""
import json, os, re, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
binary = args[0] if args else os.path.join(root, ".build/release/verbatim")
huge_mb = int(sys.argv[sys.argv.index("--huge-mb") + 1]) if "--huge-mb" in sys.argv else 20

try:
    from markdown_it import MarkdownIt
except ImportError:
    sys.exit("needs markdown-it-py: pip install markdown-it-py")
renderer = MarkdownIt("commonmark", {"html": True}).enable("table")

INJECTIONS = [
    "| a | b | table? | the delivery was late",
    "<script>alert('late delivery')</script> still waiting",
    "<img src=x onerror=alert(1)> my refund never came",
    "`code` and ```fences``` in a complaint about the app crashing",
    "# Heading? the parcel arrived damaged",
    "[click me](javascript:alert(1)) rude staff on the phone",
    "![pixel](http://tracker.example/p.png) charged twice for one order",
    "> quoted line: the app crashes at checkout",
    "- list item: support never replied",
    "1. numbered: the courier lost my parcel",
    "*bold* _em_ ~~strike~~ $math$ \\backslash | pipe",
    "&lt;script&gt;alert(1)&lt;/script&gt; HTML-escaped already",
    "very long word " + "x" * 12000,
    "line\rwith\x0bcontrol\x0ccharacters and a tab\tinside",
]


def cases(folder):
    """(name, path, format option or None, records the input holds or None when not fixed)."""
    out = []

    def add(name, data, fmt=None, records=None):
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        out.append((name, path, fmt, records))

    add("invalid-utf8.txt", b"caf\xe9 was late\nfine thanks\n\xff\xfe\x80 broken \xc3\n\xed\xa0\x80 surrogate\n", "lines", 4)
    csv_text = "id,text\n1,Still waiting for my refund after 6 weeks\n2,\"Great, fast delivery\"\n"
    add("utf16le.csv", b"\xff\xfe" + csv_text.encode("utf-16-le"), "csv", 2)
    add("utf16be.csv", b"\xfe\xff" + csv_text.encode("utf-16-be"), "csv", 2)
    add("nul-and-controls.txt", "late\x00 parcel\nrude\x01\x02 staff\x7f\n\x1b[31mred alert\x1b[0m\n", "lines", 3)
    add("huge-line.txt", "start " + "y" * (huge_mb << 20) + " end", "lines", 1)
    add("huge-line-then-more.txt", "x" * (3 << 20) + "\nsecond comment is fine\n", "lines", 2)
    add("unterminated-quote.csv", "id,text\n1,fine\n2,\"never closed\n3,after\n", "csv", None)
    add("huge-csv-field.csv", 'id,text\n1,"' + "z" * (huge_mb << 20) + '"\n2,after the huge field\n', "csv", 2)
    add("long-csv-field.csv", 'id,text\n1,"' + "w " * 50_000 + '"\n2,fine\n', "csv", 2)
    add("ragged-rows.csv", "id,text,stars\n1,ok,5\n2,too,many,fields,here\n3,short\n4,fine,4\n", "csv", 4)
    add("bad.jsonl", '{"text":"ok"}\n{"text":\n{"body":"no text field"}\n{"text":42}\n[1,2]\n{"text":"fine"}\n', "jsonl", 6)
    add("empty.txt", "", "lines", 0)
    add("blank-lines.txt", "\n\n   \n\t\n", "lines", 0)
    add("single.txt", "The parcel arrived two weeks late\n", "lines", 1)
    add("identical.txt", "Still waiting for my refund\n" * 60, "lines", 60)
    add("neutral.txt", "".join(f"I ordered item {i} on Monday\n" for i in range(40)), "lines", 40)
    add("injections.txt", "".join(t.replace("\n", " ") + "\n" for t in INJECTIONS * 4), "lines", len(INJECTIONS) * 4)
    rows = "".join(f'{i},"{t.replace(chr(34), chr(34) * 2)}"\n' for i, t in enumerate(INJECTIONS * 3))
    add("injections.csv", "id,text\n" + rows, "csv", len(INJECTIONS) * 3)
    add("injections.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in INJECTIONS * 3), "jsonl", len(INJECTIONS) * 3)
    return out


LIVE = re.compile(r"<(script|img|iframe|object|embed|svg|style|a\s)[^>]*>|javascript:|\son\w+\s*=", re.I)


def unsafe(markdown):
    """Why the rendered report is unsafe, or None."""
    html = renderer.render(markdown)
    # Only what Markdown itself generates may be a tag: a comment's text must arrive as text.
    for tag in re.findall(r"<(/?[a-zA-Z][a-zA-Z0-9]*)", html):
        if tag.lstrip("/").lower() not in {"h1", "h2", "h3", "p", "ol", "ul", "li", "blockquote", "table", "thead",
                                           "tbody", "tr", "th", "td", "code", "pre", "strong", "em", "br", "hr", "a"}:
            return f"live <{tag}> tag"
    if LIVE.search(html.replace("&lt;", "").replace("&gt;", "")) and re.search(r"<a [^>]*href=\"javascript:", html):
        return "javascript link"
    if re.search(r'href="(?!https?://|#)', html):
        return "link to something other than http(s)"
    for table in re.findall(r"((?:^\|.*\|\n)+)", markdown, re.M):
        rows = table.strip("\n").split("\n")
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        if len(widths) != 1:
            return f"table with rows of different widths: {sorted(widths)}"
    return None


def summary_of(json_path):
    with open(json_path, encoding="utf-8") as f:
        return json.load(f)["summary"]


def main():
    tried = crashes = lost = unsafe_count = 0
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        for name, path, fmt, records in cases(folder):
            options = ["--format", fmt] if fmt else []
            # analyze
            tried += 1
            report, report_json, assignments = (os.path.join(folder, f"{name}.{x}") for x in ("md", "json", "ndjson"))
            done = subprocess.run([binary, "analyze", path, *options, "-o", report, "--json", report_json,
                                   "--assignments", assignments], capture_output=True, timeout=600)
            if done.returncode != 0:
                crashes += 1
                problems.append(f"analyze {name}: exit {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
            else:
                s = summary_of(report_json)
                with open(assignments, encoding="utf-8") as f:
                    per_comment = sum(1 for _ in f)
                if (records is not None and s["read"] != records) or s["read"] != s["analyzed"] + s["skipped"] or per_comment != s["read"]:
                    lost += 1
                    problems.append(f"analyze {name}: expected {records}, read {s['read']}, analyzed {s['analyzed']}, "
                                    f"skipped {s['skipped']}, {per_comment} per-comment records")
                with open(report, encoding="utf-8") as f:
                    why = unsafe(f.read())
                if why:
                    unsafe_count += 1
                    problems.append(f"analyze {name}: unsafe report: {why}")
            # stream
            tried += 1
            stream_report = os.path.join(folder, f"{name}.stream.md")
            with open(path, "rb") as stdin:
                done = subprocess.run([binary, "stream", *options, "--report", stream_report], stdin=stdin,
                                      capture_output=True, timeout=600)
            if done.returncode != 0:
                crashes += 1
                problems.append(f"stream {name}: exit {done.returncode}: {done.stderr.decode(errors='replace')[-300:]}")
            else:
                lines = done.stdout.decode("utf-8").splitlines()
                if records is not None and len(lines) != records:
                    lost += 1
                    problems.append(f"stream {name}: expected {records} records, printed {len(lines)}")
                if os.path.exists(stream_report):
                    with open(stream_report, encoding="utf-8") as f:
                        why = unsafe(f.read())
                    if why:
                        unsafe_count += 1
                        problems.append(f"stream {name}: unsafe report: {why}")
    for problem in problems:
        print("-", problem)
    print(f"inputs tried: {tried}, crashes: {crashes}, records lost: {lost}, unsafe renderings: {unsafe_count}")
    return 1 if crashes or lost or unsafe_count else 0


sys.exit(main())

#!/usr/bin/env python3
"""Snapshots the engine's reading of the public benchmarks, scores a snapshot
and shows what changed between two, the loop ARCHITECTURE.md's "How to change
a rule" asks for.

  scripts/engine-bench.py snap BINARY SNAPSHOT [BENCH ...]   extract every case, then score
  scripts/engine-bench.py score SNAPSHOT [BENCH ...]          score a snapshot again
  scripts/engine-bench.py diff OLD NEW BENCH [--what W]       items that changed, with gold
  scripts/engine-bench.py misses SNAPSHOT BENCH [--what W]    gold missed, items matching none,
                                                              statements with another speaker

BENCH is one of seed, dev, train, newsquant, timebank, aquaint (default: all
but train). A snapshot is a folder with one `factline extract --explain=json`
output per case, so a second look costs no extraction. Scores are the
benchmark scorer's own (../shared/bench/score.py): PolNeAR by speaker mention
and with each quotation's halves joined, as it annotates them.
"""
import argparse
import importlib.util
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
BENCHES = {
    "seed": os.path.join(SHARED, "seed"),
    "dev": os.path.join(SHARED, "bench", "polnear", "dev"),
    "train": os.path.join(SHARED, "bench", "polnear", "train"),
    "newsquant": os.path.join(SHARED, "bench", "newsquant"),
    "timebank": os.path.join(SHARED, "bench", "timebank"),
    "aquaint": os.path.join(SHARED, "bench", "aquaint"),
}
BY_MENTION = {"dev", "train"}
DEFAULT = ["seed", "dev", "newsquant", "timebank", "aquaint"]
# Two workers: the machines this runs on have two cores.
WORKERS = 2


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = load("score", os.path.join(SHARED, "bench", "score.py"))
halves = load("joined_halves", os.path.join(ROOT, "scripts", "joined-halves.py"))


def snap(binary, snapshot, bench):
    """Extracts every case of one benchmark into SNAPSHOT/BENCH/NAME.json."""
    folder = os.path.join(snapshot, bench)
    os.makedirs(folder, exist_ok=True)

    def extract(case):
        name, path, published, _ = case
        command = [binary, "extract", "--explain=json", path]
        if published:
            command[2:2] = ["--published", published]
        out = subprocess.run(command, check=True, capture_output=True).stdout
        with open(os.path.join(folder, name + ".json"), "wb") as f:
            f.write(out)

    with ThreadPoolExecutor(WORKERS) as pool:
        list(pool.map(extract, score.cases([BENCHES[bench]])))


def scored_article(snapshot, bench, name, gold, published):
    """The scorer's counts for one case of a snapshot."""
    dataset = json.load(open(os.path.join(snapshot, bench, name + ".json")))
    if bench in BY_MENTION:
        halves.join_halves(dataset)
    counts = score.score_article(gold, dataset["articles"][0], bench in BY_MENTION)
    if not published:
        counts["date_tp"] = counts["date_pred"] = counts["date_gold"] = 0
    return counts


def report(snapshot, bench):
    total = {}
    for name, _, published, gold in score.cases([BENCHES[bench]]):
        for key, value in scored_article(snapshot, bench, name, gold, published).items():
            total[key] = total.get(key, 0) + value
    parts = []
    # A benchmark is scored only on what its gold marks.
    if total["st_gold"]:
        p, r, f = score.prf(total["st_tp"], total["st_pred"], total["st_gold"])
        _, _, af = score.prf(total["st_attr"], total["st_pred"], total["st_gold"])
        parts.append(f"statements {f:.3f} (P {p:.3f} R {r:.3f}; right {total['st_tp']}, read "
                     f"{total['st_pred']}, gold {total['st_gold']}) attributed {af:.3f}")
    for label, key in (("figures", "fig"), ("dates", "date")):
        if total[key + "_gold"]:
            _, _, f = score.prf(total[key + "_tp"], total[key + "_pred"], total[key + "_gold"])
            parts.append(f"{label} {f:.3f} (right {total[key + '_tp']}, read {total[key + '_pred']}, "
                         f"gold {total[key + '_gold']})")
    print(f"{bench:<10} " + " | ".join(parts))


# What a diff compares: the snapshot's list, and the scorer's counts of matches in it.
ITEMS = {"statements": ("statements", "st_tp"), "figures": ("figures", "fig_tp"), "times": ("times", "date_tp")}


def described(article, item, what):
    """One line that says what an item is: its words and what it was tied to."""
    if what == "statements":
        speakers = {s["id"]: s for s in article.get("speakers", [])}
        found = speakers.get(item.get("speaker")) or {}
        speaker = f"{found.get('name') or '-'} <{found.get('kind') or '-'}>"
        mention = (item.get("mention") or {}).get("text") or "-"
        rule = (item.get("evidence") or {}).get("rule")
        return f"[{item['kind']}] {speaker} ({mention}; {rule}): {item['text'][:160]}"
    if what == "figures":
        return f"{item['text']} = {item.get('value')} {item.get('unit') or ''} {item.get('qualifier') or ''}"
    return f"{item['text']} = {item.get('resolved')}"


def gold_mark(gold, article, item, what, by_mention):
    """'A' for a statement the scorer matches and attributes, 'G' for an item it matches.

    The item is scored alone, so the mark is the scorer's own verdict on it."""
    key, tp = ITEMS[what]
    counts = score.score_article(gold, {**article, key: [item]}, by_mention)
    if what == "statements" and counts["st_attr"]:
        return "A"
    return "G" if counts[tp] else " "


def diff(old, new, bench, what):
    """Prints, per case, the items only one snapshot has, with the scorer's mark on each."""
    key, _ = ITEMS[what]
    for name, _, _, gold in score.cases([BENCHES[bench]]):
        sides = []
        for snapshot in (old, new):
            dataset = json.load(open(os.path.join(snapshot, bench, name + ".json")))
            if bench in BY_MENTION:
                halves.join_halves(dataset)
            article = dataset["articles"][0]
            lines = {described(article, item, what): item for item in article.get(key, [])}
            sides.append((article, lines))
        for mark, (article, mine), (_, theirs) in (("-", sides[0], sides[1]), ("+", sides[1], sides[0])):
            for line, item in mine.items():
                if line not in theirs:
                    verdict = gold_mark(gold, article, item, what, bench in BY_MENTION)
                    print(f"{name} {mark}{verdict} {line}")


GOLD_KEYS = {"statements": ("statements", "quote"), "figures": ("figures", "text"), "times": ("dates", "text")}


def misses(snapshot, bench, what):
    """Prints, per case, gold items the scorer finds no match for, the snapshot's items that
    match no gold ('extra') and matched statements whose speaker is not the gold one ('speaker')."""
    key, tp = ITEMS[what]
    gold_key, gold_field = GOLD_KEYS[what]
    for name, _, _, gold in score.cases([BENCHES[bench]]):
        dataset = json.load(open(os.path.join(snapshot, bench, name + ".json")))
        if bench in BY_MENTION:
            halves.join_halves(dataset)
        article = dataset["articles"][0]
        for item in gold.get(gold_key, []):
            if what == "times" and not item.get("resolved"):
                continue
            if not score.score_article({gold_key: [item]}, article, bench in BY_MENTION)[tp]:
                said = f" ({item.get('speaker_mention')} / {item.get('cue')})" if what == "statements" else ""
                print(f"{name} miss{said}: {item[gold_field][:160]} {item.get('resolved') or ''}")
        for item in article.get(key, []):
            if what == "statements" and item.get("kind") not in ("direct", "indirect"):
                continue  # the scorer reads only speech
            verdict = gold_mark(gold, article, item, what, bench in BY_MENTION)
            if verdict == " ":
                print(f"{name} extra: {described(article, item, what)}")
            elif verdict == "G" and what == "statements":
                print(f"{name} speaker: {described(article, item, what)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p_snap = sub.add_parser("snap")
    p_snap.add_argument("binary")
    p_snap.add_argument("snapshot")
    p_snap.add_argument("benches", nargs="*")
    p_score = sub.add_parser("score")
    p_score.add_argument("snapshot")
    p_score.add_argument("benches", nargs="*")
    p_diff = sub.add_parser("diff")
    p_diff.add_argument("old")
    p_diff.add_argument("new")
    p_diff.add_argument("bench", choices=list(BENCHES))
    p_diff.add_argument("--what", choices=list(ITEMS), default="statements")
    p_misses = sub.add_parser("misses")
    p_misses.add_argument("snapshot")
    p_misses.add_argument("bench", choices=list(BENCHES))
    p_misses.add_argument("--what", choices=list(ITEMS), default="statements")
    args = parser.parse_args()
    if args.command == "diff":
        diff(args.old, args.new, args.bench, args.what)
        return
    if args.command == "misses":
        misses(args.snapshot, args.bench, args.what)
        return
    unknown = [bench for bench in args.benches if bench not in BENCHES]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; known: {', '.join(BENCHES)}")
    for bench in args.benches or DEFAULT:
        if args.command == "snap":
            snap(os.path.abspath(args.binary), args.snapshot, bench)
        report(args.snapshot, bench)


if __name__ == "__main__":
    sys.exit(main())

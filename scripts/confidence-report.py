#!/usr/bin/env python3
"""How precise each confidence level of the engine's attributions is.

Usage: scripts/confidence-report.py [--bench ../shared/bench] [SPLIT_DIR ...]

Runs `factline extract --explain=json` (the release build) over every article
of each split (default: PolNeAR dev), matches its statements to the gold ones
with the benchmark scorer's own matching, and prints per confidence level:

- statements: how many the engine gave that level;
- matched: how many of them match a gold statement;
- attribution precision: of the matched, how many name the gold speaker, by
  the scorer's rules with --speaker-by-mention (the mention overlaps the gold
  source, or the resolved name is the gold one). PolNeAR marks sources but
  does not resolve them, so for a pronoun this says the right word was taken
  as the source, not that the pronoun was resolved to the right person;
- precision: attributed and matched over all statements of that level.
"""
import argparse
import glob
import json
import os
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEVELS = ["certain", "likely", "uncertain"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", default=os.path.join(ROOT, "..", "shared", "bench"))
    parser.add_argument("splits", nargs="*")
    args = parser.parse_args()
    sys.path.insert(0, args.bench)
    import score  # the benchmark's scorer: its matching and speaker tests

    splits = args.splits or [os.path.join(args.bench, "polnear", "dev")]
    binary = os.path.join(ROOT, "target", "release", "factline")
    counts = {level: Counter() for level in LEVELS}
    for split in splits:
        for text in sorted(glob.glob(os.path.join(split, "*.txt"))):
            base = text[: -len(".txt")]
            published = json.load(open(base + ".meta.json")).get("published")
            gold = json.load(open(base + ".gold.json"))
            command = [binary, "extract", "--explain=json", text]
            if published:
                command[2:2] = ["--published", published]
            dataset = json.loads(subprocess.run(command, check=True, capture_output=True).stdout)
            tally(score, gold, dataset["articles"][0], counts)
    print(f"{'level':<10} {'statements':>10} {'matched':>8} {'attribution precision':>22} {'precision':>10}")
    for level in LEVELS:
        c = counts[level]
        attribution = c["attributed"] / c["matched"] if c["matched"] else 0.0
        precision = c["attributed"] / c["statements"] if c["statements"] else 0.0
        print(f"{level:<10} {c['statements']:>10} {c['matched']:>8} {attribution:>22.3f} {precision:>10.3f}")


def tally(score, gold, article, counts):
    """Adds one article's statements to the counts of their levels."""
    speakers = {s["id"]: s for s in article.get("speakers", [])}
    preds = [s for s in article["statements"] if s["kind"] in ("direct", "indirect")]
    for statement in preds:
        level = (statement.get("evidence") or {}).get("confidence")
        if level in counts:
            counts[level]["statements"] += 1
    for g, p in score.match(gold.get("statements", []), preds, "quote", "text"):
        level = (p.get("evidence") or {}).get("confidence")
        if level not in counts:
            continue
        counts[level]["matched"] += 1
        speaker = speakers.get(p.get("speaker")) or {}
        names = [speaker.get("name") or ""] + list(speaker.get("aliases") or [])
        if score.same_speaker([g["speaker"], g.get("speaker_mention") or ""], names) or score.same_mention(
            g.get("speaker_mention"), p.get("mention")
        ):
            counts[level]["attributed"] += 1


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs `factline extract` and joins each quotation's second half to its
first, as PolNeAR annotates a quotation its tag interrupts (one attribution
with two content spans) and as a reader's card can join them. For scoring
PolNeAR with ../shared/bench/score.py:

  score.py --cmd "scripts/joined-halves.py target/release/factline {published} {file}" DIR

The engine writes the halves as two statements (rule `quote-second-half`);
this changes nothing but the scoring view. `scripts/engine-bench.py` imports
`join_halves` for the same view.
"""
import json
import subprocess
import sys


def join_halves(dataset):
    """Joins, in place, each second half of a quotation to the statement before it."""
    for article in dataset["articles"]:
        joined = []
        for statement in article["statements"]:
            rule = (statement.get("evidence") or {}).get("rule")
            if rule == "quote-second-half" and joined:
                first = joined[-1]
                first["end"] = statement["end"]
                # Offsets count UTF-8 bytes.
                words = article["text"].encode()[first["start"]:first["end"]]
                first["text"] = words.decode()
                first["figures"] += statement["figures"]
            else:
                joined.append(statement)
        article["statements"] = joined
    return dataset


if __name__ == "__main__":
    binary, published, path = sys.argv[1:4]
    dataset = json.loads(
        subprocess.run([binary, "extract", "--published", published, path],
                       check=True, capture_output=True, text=True).stdout)
    json.dump(join_halves(dataset), sys.stdout)

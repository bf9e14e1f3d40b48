#!/usr/bin/env python3
"""Lists the figures the engine misses and the ones it reads wrongly, per
article, against a benchmark's gold figures, matched as
../shared/bench/score.py matches them (token overlap, gold 0.5 / predicted
0.3, equal value). A matched pair whose qualifiers differ is listed too.

  scripts/figure-errors.py target/release/factline ../shared/bench/newsquant

Each line is the article, a mark (- missed, + wrong, ~ qualifier) and the
figure with its sentence, so that the lines can be grouped by pattern.
"""
import importlib.util
import json
import os
import subprocess
import sys

binary, *dirs = sys.argv[1:]
here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location(
    "score", os.path.join(here, "..", "..", "shared", "bench", "score.py"))
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def same_value(gold, predicted):
    try:
        g, p = float(gold["value"]), float(predicted.get("value"))
    except (TypeError, ValueError):
        return False
    return abs(p - g) <= 1e-9 * max(1.0, abs(g))


def around(text, start, end, reach=70):
    """The figure in its context, marked with brackets, on one line;
    `start` and `end` count characters."""
    words = text[max(0, start - reach):start] + "[" + text[start:end] + "]" + text[end:end + reach]
    return " ".join(words.split())


def characters(text, at):
    """The characters before the engine's offset `at`, which counts UTF-8 bytes."""
    return len(text.encode()[:at].decode(errors="ignore"))


for name, path, published, gold in score.cases(dirs):
    command = [binary, "extract"] + (["--published", published] if published else []) + [path]
    article = json.loads(subprocess.run(command, check=True, capture_output=True,
                                        text=True).stdout)["articles"][0]
    text = article["text"]
    golds, predicted = gold.get("figures", []), article.get("figures", [])
    pairs = score.match(golds, predicted, "text", "text", same_value, gmin=0.5, pmin=0.3)
    matched_gold = {id(g) for g, _ in pairs}
    matched_predicted = {id(p) for _, p in pairs}
    for g in golds:
        if id(g) not in matched_gold:
            print(f"{name}\t-\t{g['value']}\t{g.get('unit')}\t{around(text, g['start'], g['end'])}")
    for p in predicted:
        if id(p) not in matched_predicted:
            print(f"{name}\t+\t{p['value']}\t{p.get('unit')}\t{around(text, characters(text, p['start']), characters(text, p['end']))}")
    for g, p in pairs:
        if score.norm_qual(g.get("qualifier")) != score.norm_qual(p.get("qualifier")):
            print(f"{name}\t~\t{g.get('qualifier')} / {p.get('qualifier')}\t\t{around(text, characters(text, p['start']), characters(text, p['end']))}")

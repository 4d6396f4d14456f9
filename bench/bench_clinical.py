"""Benchmark: triage + build_plan per member over generated, varied intakes.

Run: .venv/bin/python bench/bench_clinical.py [--members 3000] [--seed 7]
Target: mean and p95 under 5 ms per member. Not part of the test run.
"""

import argparse
import random
import statistics
import time
from datetime import date
from typing import Any

from runcare.clinical.fact_parsing import FACT_SPECS, parse_facts
from runcare.clinical.facts import MECHANISMS, REGIONS, SEXES, SIDES
from runcare.clinical.plans.builder import build_plan
from runcare.clinical.triage.engine import triage

TODAY = date(2026, 3, 2)
CHOICES = {
    "sex": SEXES,
    "side": SIDES,
    "location": REGIONS,
    "onset": ("sudden", "gradual"),
    "mechanism": MECHANISMS,
}
# Most runners answer every question and most answers are reassuring; some skip, some alarm.
YES_RATE = 0.008
SKIPPERS = 0.1


def _value(key: str, rng: random.Random) -> Any:
    kind = FACT_SPECS[key].kind
    if kind == "boolean":
        alarming_when_false = key in {"can_bear_weight", "can_bend_knee"}
        yes = rng.random() < YES_RATE
        return not yes if alarming_when_false else yes
    if kind == "choice":
        return rng.choice(CHOICES[key])
    if kind == "integer":
        if key == "age":
            return rng.randint(18, 70)
        return rng.choice([0, 1, 2, 3, 4, 5, 8]) if key.startswith("pain") else rng.randint(0, 30)
    if kind == "number":
        return round(rng.uniform(0, 60), 1)
    if kind == "text_list":
        return rng.choice([[], [], ["atorvastatin"], ["ibuprofen"]])
    return "generated"


def generate(count: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    members = []
    for _ in range(count):
        data = {key: _value(key, rng) for key in FACT_SPECS}
        data["recent_surgery_or_immobilisation_weeks"] = rng.choice([52, 52, 52, 6])
        if rng.random() < SKIPPERS:
            for key in rng.sample(sorted(data), k=rng.randint(1, 3)):
                data[key] = None
        members.append(data)
    return members


def run(members: list[dict[str, Any]]) -> tuple[list[float], dict[str, int]]:
    timings, levels = [], {}
    for data in members:
        start = time.perf_counter()
        facts = parse_facts(data)
        result = triage(facts)
        build_plan(facts, result, TODAY)
        timings.append((time.perf_counter() - start) * 1000)
        levels[result.level.value] = levels.get(result.level.value, 0) + 1
    return timings, levels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    members = generate(args.members, args.seed)
    run(members[:50])  # warm caches (content files are loaded once per process)
    timings, levels = run(members)
    p95 = statistics.quantiles(timings, n=20)[-1]
    print(f"members: {len(timings)}")
    print(f"mean per member: {statistics.fmean(timings):.3f} ms")
    print(f"p95 per member:  {p95:.3f} ms")
    print(f"max per member:  {max(timings):.3f} ms")
    print("levels:", ", ".join(f"{k}={v}" for k, v in sorted(levels.items())))


if __name__ == "__main__":
    main()

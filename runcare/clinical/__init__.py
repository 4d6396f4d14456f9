"""The clinical core: intake facts, triage rules, plans, progression and outcome scoring.

Pure Python on purpose: no framework, no clock, no settings. Callers pass ``today`` in, so
every decision can be replayed and tested exactly.
"""

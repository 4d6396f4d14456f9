"""The training core: activity files -> dataclasses, load and gait metrics. Pure Python."""

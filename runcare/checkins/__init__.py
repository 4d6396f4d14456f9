"""Check-ins, questionnaires (PROMs), self-tests and the progress they add up to."""

"""The member's program: intake answers, triage records, plans, their history, sessions."""

"""Triage: plain rule functions per clinical area, combined by :mod:`.engine`."""

"""The clinical core: pure Python, no Django, no settings, no clock (callers pass ``today``)."""

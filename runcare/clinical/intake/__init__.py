"""The intake questionnaire (data) and the flow that walks a member through it."""

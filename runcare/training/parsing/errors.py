"""The one exception every bad input turns into."""


class ImportRejected(Exception):
    """A file or archive we will not import, with a message safe to show the runner.

    Messages describe *why* in plain words and never echo file contents, names of places or
    coordinates: the text ends up in the web UI and in logs.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

"""The one error the program's actions raise for a refused change."""


class ProgramError(ValueError):
    """A change the program refuses; ``message`` is safe to show the member."""

    def __init__(self, message: str, field: str = "__all__") -> None:
        super().__init__(message)
        self.message = message
        self.field = field

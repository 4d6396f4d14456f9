"""The one error the check-in writes raise, with a message the member can act on."""


class CheckinError(ValueError):
    def __init__(self, message: str, field: str = "__all__") -> None:
        super().__init__(message)
        self.field = field

"""A member's data rights: a private calendar feed, a full export, and account deletion."""

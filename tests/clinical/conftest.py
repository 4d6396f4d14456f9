"""Clinical-core tests need no database and no settings."""

"""Sub-commands of the ``runcare`` CLI, one module per area; each exposes ``register(app)``."""

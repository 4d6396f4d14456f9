"""Argon2id at the OWASP / ASVS 5.0 Appendix C parameters (m=19 MiB, t=2, p=1).

Django's default (m=100 MiB, p=8) is stronger per guess but lets 20 concurrent logins take 2 GiB
on a 2-core machine; at 19 MiB the cost stays within the published minimum while login
concurrency is additionally capped per process (see ``backends.py``)."""

from django.contrib.auth.hashers import Argon2PasswordHasher


class RunCareArgon2PasswordHasher(Argon2PasswordHasher):
    time_cost = 2
    memory_cost = 19 * 1024
    parallelism = 1

"""Member pages and API calls under load, on the real server, against a 100k-member database.

    .venv/bin/python bench/bench_web.py [--members 100000] [--seconds 10] [--connections 8]
                                        [--sqlite] [--keep]

Creates a fresh database (PostgreSQL ``runcare_bench`` on 127.0.0.1:5432 by default, dropped at
the end; ``--sqlite`` for a file in the temporary data folder) with ``RUNCARE_ENV=local``
settings, migrates, loads the demo (two members with a plan, runs, check-ins) and copies those
members' rows to ``--members`` members: 5 % like the demo member (plan, check-ins, sessions,
questionnaires, 37 imported runs with chart streams), 15 % like the walk/run demo member, 40 %
with a plan, check-ins and sessions but no runs, 10 % with an episode and triage only, 30 % with
nothing yet, plus their accumulated audit rows and therapists with 50 members each.

Then starts gunicorn with the command line ``runcare serve`` builds, on 127.0.0.1 and a free
port, and drives it from a separate process (this file with ``--client``: threads with
keep-alive ``http.client`` connections) one endpoint at a time for ``--seconds`` each, with
signed-in sessions and API tokens of ``--signed-in`` different members, and ``/healthz`` (the
same middleware stack, one ``SELECT 1``) as the floor. Nothing is written into the repository.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import platform
import random
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PG_SERVER = "postgres://postgres@127.0.0.1:5432/"
MIX = (("full", 0.05), ("walk_run", 0.15), ("plan", 0.40), ("triage", 0.10), ("new", 0.30))
CASELOAD = 50
CHUNK = 2000


# --- load client (separate process, no Django) -------------------------------------------------


def run_client(spec: dict[str, Any]) -> dict[str, Any]:
    """Closed loop: ``connections`` threads, each sends its next request when the last returns."""
    variants = spec["variants"]
    counter = itertools.count()
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    lock = threading.Lock()
    start = time.perf_counter()
    deadline = start + spec["seconds"]
    last_done = [start]

    def connect() -> http.client.HTTPConnection:
        return http.client.HTTPConnection(spec["host"], spec["port"], timeout=30)

    def worker() -> None:
        conn = connect()
        mine: list[float] = []
        codes: Counter[int] = Counter()
        while True:
            n = next(counter)
            if n >= spec["max_requests"] or time.perf_counter() >= deadline:
                break
            v = variants[n % len(variants)]
            body = v.get("body")
            if v.get("fresh_key"):
                body = json.dumps({**body, "idempotency_key": uuid.uuid4().hex})
            t0 = time.perf_counter()
            try:
                conn.request(v["method"], v["path"], body=body, headers=v["headers"])
                response = conn.getresponse()
                response.read()
                status = response.status
                if response.will_close:
                    conn.close()
                    conn = connect()
            except (OSError, http.client.HTTPException):
                status = 0
                conn.close()
                conn = connect()
            mine.append(time.perf_counter() - t0)
            codes[status] += 1
        with lock:
            latencies.extend(mine)
            statuses.update(codes)
            last_done[0] = max(last_done[0], time.perf_counter())
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(spec["connections"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {
        "client_cpu": usage.ru_utime + usage.ru_stime,
        "elapsed": last_done[0] - start,
        "latencies": latencies,
        "statuses": {str(k): v for k, v in statuses.items()},
    }


def drive(port: int, variants: list[dict[str, Any]], args: argparse.Namespace, seconds: float):  # type: ignore[no-untyped-def]
    spec = {
        "host": "127.0.0.1",
        "port": port,
        "variants": variants,
        "seconds": seconds,
        "max_requests": args.max_requests,
        "connections": args.connections,
    }
    done = subprocess.run(
        [sys.executable, __file__, "--client"],
        input=json.dumps(spec),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(p / 100 * len(sorted_values)) - 1))
    return sorted_values[index]


# --- database ----------------------------------------------------------------------------------


def create_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_SERVER + "postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_pg_database(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_SERVER + "postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def setup_django(data_dir: Path, database_url: str) -> None:
    os.environ.update(
        RUNCARE_ENV="local",
        RUNCARE_DATA_DIR=str(data_dir),
        DATABASE_URL=database_url,
        RUNCARE_LOG_LEVEL="warning",
        DJANGO_SETTINGS_MODULE="runcare.config.settings",
    )
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


class Writer:
    """Rows straight into tables: COPY on PostgreSQL, executemany on SQLite, explicit ids."""

    def __init__(self) -> None:
        from django.db import connection

        self.connection = connection
        self.postgres = connection.vendor == "postgresql"
        self.next_ids: dict[Any, int] = {}

    def next_id(self, model: Any) -> int:
        if model not in self.next_ids:
            last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
            self.next_ids[model] = (last or 0) + 1
        value = self.next_ids[model]
        self.next_ids[model] += 1
        return value

    def write(self, model: Any, columns: list[str], rows: list[tuple]) -> None:  # type: ignore[type-arg]
        if not rows:
            return
        table = model._meta.db_table
        names = ", ".join(f'"{c}"' for c in columns)
        with self.connection.cursor() as cursor:
            if self.postgres:
                lines = ("\t".join(map(copy_text, row)) + "\n" for row in rows)
                with cursor.cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                    copy.write("".join(lines))
            else:
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)  # noqa: S608 - our table names

    def write_lines(self, model: Any, columns: list[str], lines: list[str]) -> None:
        """PostgreSQL only: lines already in COPY text format."""
        if not lines:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        with self.connection.cursor() as cursor:
            sql = f'COPY "{model._meta.db_table}" ({names}) FROM STDIN'
            with cursor.cursor.copy(sql) as copy:
                copy.write("".join(lines))

    def reset_sequences(self, models: list[Any]) -> None:
        from django.core.management.color import no_style

        with self.connection.cursor() as cursor:
            for sql in self.connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(sql)


def copy_text(value: Any) -> str:
    """One value in PostgreSQL's COPY text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, str):
        if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
            value = value.replace("\\", "\\\\").replace("\t", "\\t")
            value = value.replace("\n", "\\n").replace("\r", "\\r")
        return value
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def db_value(field: Any, value: Any, connection: Any) -> Any:
    from django.core.serializers.json import DjangoJSONEncoder
    from django.db import models

    if isinstance(field, models.JSONField):
        return json.dumps(value, cls=DjangoJSONEncoder)
    return field.get_db_prep_save(value, connection)


class Template:
    """One demo member's rows in one table, converted once, copied to many members."""

    def __init__(self, model: Any, member_id: int, connection: Any) -> None:
        self.model = model
        self.fields = model._meta.concrete_fields
        self.columns = [f.column for f in self.fields]
        rows = (
            model.objects.filter(member_id=member_id)
            .order_by("pk")
            .values_list(*[f.attname for f in self.fields])
        )
        self.rows = [
            [db_value(f, v, connection) for f, v in zip(self.fields, row, strict=True)]
            for row in rows
        ]
        self.fk = {
            i: f.related_model for i, f in enumerate(self.fields) if f.is_relation and i != 0
        }


def clone_member_rows(
    writer: Writer, templates: list[Template], targets: list[int], user_model: Any
) -> None:
    for start in range(0, len(targets), CHUNK):
        chunk = targets[start : start + CHUNK]
        maps: list[dict[Any, dict[int, int]]] = [{} for _ in chunk]
        for tpl in templates:
            out: list[Any] = []
            cells = [[copy_text(v) for v in row] for row in tpl.rows] if writer.postgres else []
            for member_id, ids in zip(chunk, maps, strict=True):
                own = ids.setdefault(tpl.model, {})
                for n, row in enumerate(tpl.rows):
                    new: list[Any] = cells[n][:] if writer.postgres else list(row)
                    new_id = writer.next_id(tpl.model)
                    own[row[0]] = new_id
                    new[0] = new_id
                    for i, related in tpl.fk.items():
                        if row[i] is None:
                            continue
                        if related is user_model:
                            new[i] = member_id
                        elif related in ids:
                            new[i] = ids[related][row[i]]
                        else:
                            new[i] = "\\N" if writer.postgres else None  # import jobs: not copied
                    if writer.postgres:
                        out.append("\t".join(str(c) for c in new) + "\n")
                    else:
                        out.append(tuple(new))
            if writer.postgres:
                writer.write_lines(tpl.model, tpl.columns, out)
            else:
                writer.write(tpl.model, tpl.columns, out)


def audit_rows(
    member_ids: list[int], per_member: int, therapist_of: dict[int, int], connection: Any
) -> tuple[list[str], list[tuple]]:  # type: ignore[type-arg]
    """Reads and writes as they accumulate over two months: mostly lists, some creates, a login
    now and then, and the therapist's reads. Checksums as the application computes them."""
    import hashlib
    import hmac

    from django.conf import settings
    from django.utils import timezone

    from runcare.audit.models import AuditEvent

    key = hashlib.sha256(b"runcare-audit:" + settings.SECRET_KEY.encode()).digest()
    now = timezone.now()
    kinds = [
        ("list", "plan"),
        ("list", "episode"),
        ("list", "checkin"),
        ("list", "sessionlog"),
        ("list", "promresponse"),
        ("read", "member"),
        ("create", "checkin"),
        ("create", "sessionlog"),
        ("login", "session"),
        ("list", "activity"),
    ]
    at_field = AuditEvent._meta.get_field("at")
    rows = []
    rng = random.Random(11)
    for member_id in member_ids:
        for _ in range(per_member):
            action, object_type = rng.choice(kinds)
            actor, role = member_id, "member"
            if action == "list" and rng.random() < 0.1:
                actor, role = therapist_of[member_id], "therapist"
            at = now - timedelta(seconds=rng.randrange(60 * 86400))
            object_id = "" if action == "login" else str(rng.randrange(1, 10**7))
            subject = None if action == "login" else member_id
            request_id = secrets.token_hex(16)
            parts = [
                at.isoformat(),
                actor,
                role,
                action,
                subject,
                object_type,
                object_id,
                "ok",
                request_id,
                "127.0.0.1",
            ]
            canonical = "|".join("" if p is None else str(p) for p in parts).encode()
            checksum = hmac.new(key, canonical, hashlib.sha256).hexdigest()
            rows.append(
                (
                    at_field.get_db_prep_save(at, connection),
                    actor,
                    role,
                    action,
                    subject,
                    object_type,
                    object_id,
                    "ok",
                    request_id,
                    "127.0.0.1",
                    checksum,
                )
            )
    columns = [
        "at",
        "actor_id",
        "actor_role",
        "action",
        "subject_member_id",
        "object_type",
        "object_id",
        "outcome",
        "request_id",
        "source_ip",
        "checksum",
    ]
    return columns, rows


def seed(args: argparse.Namespace) -> dict[str, Any]:
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.db import connection, transaction
    from django.utils import timezone
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from runcare.accounts.middleware import AUTH_AT, SEEN_AT
    from runcare.accounts.models import ApiToken, Role, User, hash_token
    from runcare.activities.models import Activity, RunPain
    from runcare.audit.models import AuditEvent
    from runcare.checkins.models import CheckIn, PromResponse, SelfTest
    from runcare.demo import DEMO_DOMAIN, load_demo
    from runcare.members.models import CareAssignment, Episode
    from runcare.programs.models import Plan, PlanChange, RunDecision, SessionLog, TriageRecord

    load_demo()
    full = User.objects.get(email=f"member@{DEMO_DOMAIN}")
    walk = User.objects.get(email=f"sam@{DEMO_DOMAIN}")
    writer = Writer()
    rng = random.Random(7)
    password = "!" + secrets.token_urlsafe(30)  # unusable, as for a member who never set one
    now = timezone.now()

    t0 = time.perf_counter()
    user_fields = User._meta.concrete_fields
    n_therapists = max(1, args.members // CASELOAD)

    def user_row(pk: int, email: str, role: str, first: str) -> tuple:  # type: ignore[type-arg]
        values = {
            "id": pk,
            "password": password,
            "last_login": now,
            "is_superuser": False,
            "first_name": first,
            "last_name": f"L{pk}",
            "email": email,
            "is_staff": False,
            "is_active": True,
            "date_joined": now - timedelta(days=rng.randrange(400)),
            "role": role,
            "mfa_enrolled": role == Role.THERAPIST,
        }
        return tuple(db_value(f, values[f.attname], connection) for f in user_fields)

    columns = [f.column for f in user_fields]
    members = [writer.next_id(User) for _ in range(args.members)]
    therapists = [writer.next_id(User) for _ in range(n_therapists)]
    with transaction.atomic():
        writer.write(
            User,
            columns,
            [
                user_row(pk, f"m{pk}@bench.runcare.test", Role.MEMBER, f"Runner{pk % 997}")
                for pk in members
            ],
        )
        writer.write(
            User,
            columns,
            [
                user_row(pk, f"t{pk}@bench.runcare.test", Role.THERAPIST, f"Therapist{pk}")
                for pk in therapists
            ],
        )
        therapist_of = {m: therapists[i // CASELOAD % n_therapists] for i, m in enumerate(members)}
        ca_columns = ["id", "therapist_id", "member_id", "starts_at", "ends_at", "created_at"]
        since = now - timedelta(days=60)
        writer.write(
            CareAssignment,
            ca_columns,
            [
                (writer.next_id(CareAssignment), therapist_of[m], m, since, None, since)
                for m in members
            ],
        )
        devices = [TOTPDevice(user_id=t, name="bench", confirmed=True) for t in therapists]
        TOTPDevice.objects.bulk_create(devices, batch_size=5000)
    print(f"  users, assignments: {time.perf_counter() - t0:.1f} s", flush=True)

    shuffled = members[:]
    rng.shuffle(shuffled)
    groups: dict[str, list[int]] = {}
    start = 0
    for kind, share in MIX:
        count = round(share * len(members))
        groups[kind] = shuffled[start : start + count]
        start += count
    groups["new"] += shuffled[start:]

    def templates(member: User, *models: Any) -> list[Template]:
        return [Template(m, member.pk, connection) for m in models]

    program = (Episode, TriageRecord, Plan, PlanChange, SessionLog)
    answers = (CheckIn, PromResponse, SelfTest)
    runs = (Activity, RunPain, RunDecision)
    plans = {
        "full": templates(full, *program, *runs, *answers),
        "walk_run": templates(walk, *program, *runs, *answers),
        "plan": templates(full, *program, *answers),
        "triage": templates(full, Episode, TriageRecord),
    }
    for kind, tpls in plans.items():
        t1 = time.perf_counter()
        with transaction.atomic():
            clone_member_rows(writer, tpls, groups[kind], User)
        print(
            f"  {kind:<9} {len(groups[kind]):>6} members: {time.perf_counter() - t1:.1f} s",
            flush=True,
        )

    t1 = time.perf_counter()
    active = groups["full"] + groups["walk_run"] + groups["plan"]
    audited = [(active, args.audit_per_member), (groups["triage"] + groups["new"], 3)]
    audit_total = 0
    for ids, per_member in audited:
        for start in range(0, len(ids), 10_000):
            cols, rows = audit_rows(
                ids[start : start + 10_000], per_member, therapist_of, connection
            )
            with transaction.atomic():
                writer.write(AuditEvent, cols, rows)
            audit_total += len(rows)
    print(f"  audit     {audit_total:>8} rows: {time.perf_counter() - t1:.1f} s", flush=True)

    writer.reset_sequences([User, CareAssignment, AuditEvent, *program, *runs, *answers])

    # Signed-in members (sessions as a sign-in leaves them) and their personal API tokens.
    signed_in = rng.sample(active, min(args.signed_in, len(active)))
    stamp = time.time()
    users = {u.pk: u for u in User.objects.filter(pk__in=signed_in + therapists)}
    backend = "runcare.accounts.backends.ThrottledModelBackend"

    def session_for(user: User, extra: dict[str, Any]) -> str:
        key = secrets.token_hex(16)
        data = {
            "_auth_user_id": str(user.pk),
            "_auth_user_backend": backend,
            "_auth_user_hash": user.get_session_auth_hash(),
            AUTH_AT: stamp,
            SEEN_AT: stamp,
            **extra,
        }
        sessions.append(
            Session(
                session_key=key,
                session_data=SessionStore().encode(data),
                expire_date=now + timedelta(hours=8),
            )
        )
        return key

    sessions: list[Session] = []
    member_sessions = [session_for(users[pk], {}) for pk in signed_in]
    device_of = dict(TOTPDevice.objects.filter(user_id__in=therapists).values_list("user_id", "pk"))
    chosen = rng.sample(therapists, min(200, len(therapists)))
    therapist_sessions = [
        session_for(users[pk], {"otp_device_id": f"otp_totp.totpdevice/{device_of[pk]}"})
        for pk in chosen
    ]
    Session.objects.bulk_create(sessions, batch_size=5000)
    tokens = []
    raw_tokens = []
    for pk in signed_in:
        raw = "rc_" + secrets.token_urlsafe(32)
        raw_tokens.append(raw)
        tokens.append(ApiToken(user_id=pk, name="bench", prefix=raw[:10], key_hash=hash_token(raw)))
    ApiToken.objects.bulk_create(tokens, batch_size=5000)

    if writer.postgres:
        connection.close()
        import psycopg

        with psycopg.connect(args.database_url, autocommit=True) as conn:
            conn.execute("VACUUM ANALYZE")
    counts = {
        m._meta.label: m.objects.count()
        for m in (User, Episode, Plan, SessionLog, CheckIn, Activity, AuditEvent)
    }
    return {
        "member_sessions": member_sessions,
        "therapist_sessions": therapist_sessions,
        "tokens": raw_tokens,
        "counts": counts,
    }


# --- server ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(port: int, workers: int, log: Path) -> tuple[subprocess.Popen, list[str]]:  # type: ignore[type-arg]
    from django.core.management import call_command

    from runcare.commands.platform import _gunicorn_command

    call_command("collectstatic", "--no-input", "-v", "0")
    command = _gunicorn_command("127.0.0.1", port, workers)
    with log.open("w") as out:
        server = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT)
    for _ in range(300):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return server, command
        except OSError:
            pass
        time.sleep(0.1)
        if server.poll() is not None:
            break
    server.terminate()
    raise SystemExit(f"server did not start; see {log}:\n{log.read_text()[-3000:]}")


def endpoints(seeded: dict[str, Any], cookie_name: str) -> list[tuple[str, list[dict], set[int]]]:  # type: ignore[type-arg]
    def page(path: str, keys: list[str]) -> list[dict]:  # type: ignore[type-arg]
        return [
            {"method": "GET", "path": path, "headers": {"Cookie": f"{cookie_name}={k}"}}
            for k in keys
        ]

    def api(method: str, path: str, body: dict | None = None) -> list[dict]:  # type: ignore[type-arg]
        return [
            {
                "method": method,
                "path": path,
                "body": body,
                "fresh_key": body is not None,
                "headers": {"Authorization": f"Bearer {t}", "Content-Type": "application/json"},
            }
            for t in seeded["tokens"]
        ]

    members, therapists = seeded["member_sessions"], seeded["therapist_sessions"]
    checkin = {
        "pain_now": 1,
        "pain_during": 1,
        "pain_after": 1,
        "stiffness": 1,
        "limp": False,
        "adherence_pct": 100,
        "signs": [],
    }
    return [
        ("GET /healthz (floor)", [{"method": "GET", "path": "/healthz", "headers": {}}], {200}),
        ("GET /home/ (member)", page("/home/", members), {200}),
        ("GET /program/", page("/program/", members), {200}),
        ("GET /today/", page("/today/", members), {200}),
        ("GET /check-in/", page("/check-in/", members), {200}),
        ("GET /progress/", page("/progress/", members), {200}),
        ("GET /api/v1/programs/today", api("GET", "/api/v1/programs/today"), {200}),
        ("GET /api/v1/checkins?limit=20", api("GET", "/api/v1/checkins?limit=20"), {200}),
        ("POST /api/v1/checkins", api("POST", "/api/v1/checkins", checkin), {201}),
        ("GET /home/ (therapist caseload)", page("/home/", therapists), {200}),
    ]


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {model}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--client", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--audit-per-member", type=int, default=40)
    parser.add_argument("--signed-in", type=int, default=2000, help="members with a session")
    parser.add_argument("--seconds", type=float, default=10.0, help="per endpoint")
    parser.add_argument("--max-requests", type=int, default=20_000, help="per endpoint")
    parser.add_argument("--connections", type=int, default=8, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=None, help="default: RUNCARE_WEB_WORKERS")
    parser.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    parser.add_argument("--db-name", default="runcare_bench")
    parser.add_argument("--only", default="", help="comma list of endpoint substrings to run")
    parser.add_argument("--keep", action="store_true", help="keep the database and data folder")
    parser.add_argument("--bar-rps", type=float, default=200.0)
    parser.add_argument("--bar-p95-ms", type=float, default=100.0)
    args = parser.parse_args()
    if args.client:
        json.dump(run_client(json.load(sys.stdin)), sys.stdout)
        return 0

    data_dir = Path(tempfile.mkdtemp(prefix="runcare-bench-web-"))
    args.database_url = "" if args.sqlite else PG_SERVER + args.db_name
    server = None
    try:
        if not args.sqlite:
            create_pg_database(args.db_name)
        setup_django(data_dir, args.database_url)
        from django.conf import settings
        from django.core.management import call_command
        from django.db import connection, connections

        print(f"machine: {machine()}")
        print(
            f"database: {connection.vendor} {'' if args.sqlite else args.db_name}, data {data_dir}"
        )
        t0 = time.perf_counter()
        call_command("migrate", "--no-input", "-v", "0")
        print(f"seeding {args.members:,} members ...", flush=True)
        seeded = seed(args)
        print(
            f"seeded in {time.perf_counter() - t0:.0f} s: "
            + ", ".join(f"{k} {v:,}" for k, v in seeded["counts"].items())
        )
        connections.close_all()

        port = free_port()
        workers = args.workers or settings.ENV["RUNCARE_WEB_WORKERS"]
        server, command = start_server(port, workers, data_dir / "gunicorn.log")
        shown = [c for c in command if not c.startswith("/")]
        print(f"server: {' '.join(shown)}")
        print(
            f"load: {args.connections} keep-alive connections, closed loop, "
            f"{args.seconds:g} s or {args.max_requests:,} requests per endpoint, "
            f"{len(seeded['member_sessions']):,} members signed in\n",
            flush=True,
        )

        plan = endpoints(seeded, settings.SESSION_COOKIE_NAME)
        if args.only:
            wanted = [w.strip() for w in args.only.split(",")]
            plan = [
                p for p in plan if p[0].startswith("GET /healthz") or any(w in p[0] for w in wanted)
            ]
        for _, variants, _ in plan:  # warm every worker's imports and templates
            drive(port, variants, args, 1.0)

        results = []
        for name, variants, ok in plan:
            out = drive(port, variants, args, args.seconds)
            lat = sorted(out["latencies"])
            errors = sum(n for code, n in out["statuses"].items() if int(code) not in ok)
            results.append(
                (
                    name,
                    len(lat) / out["elapsed"],
                    percentile(lat, 50) * 1000,
                    percentile(lat, 95) * 1000,
                    percentile(lat, 99) * 1000,
                    errors,
                    out["statuses"],
                )
            )
            print(
                f"  {name:<34} {results[-1][1]:7.0f} req/s  p95 {results[-1][3]:6.1f} ms  "
                f"statuses {out['statuses']}  load client CPU "
                f"{out['client_cpu'] / out['elapsed']:.0%} of a core",
                flush=True,
            )

        floor = results[0]
        print(
            f"\nmachine: {machine()}; {connection.vendor}; {workers} workers x 4 threads; "
            f"{args.connections} connections\n"
        )
        print("| endpoint | req/s | p50 ms | p95 ms | p99 ms | errors | p50 / floor | bar |")
        print("|---|---|---|---|---|---|---|---|")
        missed = 0
        for name, rps, p50, p95, p99, errors, _ in results:
            meets = rps >= args.bar_rps and p95 < args.bar_p95_ms and not errors
            missed += 0 if meets else 1
            print(
                f"| {name} | {rps:,.0f} | {p50:.1f} | {p95:.1f} | {p99:.1f} | {errors} | "
                f"{p50 / floor[2]:.1f}× | {'ok' if meets else 'MISSED'} |"
            )
        print(
            f"\nbar: ≥ {args.bar_rps:g} req/s with p95 < {args.bar_p95_ms:g} ms and no errors; "
            f"{missed} endpoint(s) missed it"
        )
        return 1 if missed else 0
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
        if "django" in sys.modules:
            from django.db import connections

            connections.close_all()
        if not args.keep:
            if not args.sqlite:
                drop_pg_database(args.db_name)
            shutil.rmtree(data_dir, ignore_errors=True)
        else:
            print(f"kept: {args.database_url or data_dir}")


if __name__ == "__main__":
    sys.exit(main())

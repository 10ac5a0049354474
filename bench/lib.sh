# Shared by generate.sh and run.sh: scales, the database server, the app's jar.
# PostgreSQL server: BENCH_PGHOST (127.0.0.1), BENCH_PGPORT (5432), BENCH_PGUSER (postgres), password in PGPASSWORD.

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
OUT_DIR="$BENCH_DIR/out"
PGHOST_="${BENCH_PGHOST:-127.0.0.1}"
PGPORT_="${BENCH_PGPORT:-5432}"
PGUSER_="${BENCH_PGUSER:-postgres}"
BENCH_PASSWORD="bench-puskesnet"

die() {
    echo "error: $*" >&2
    exit 1
}

# Sets PUSKESMAS and PARTNERS for a scale name.
scale_sizes() {
    case "$1" in
        city) PUSKESMAS=27; PARTNERS=300 ;;
        province) PUSKESMAS=200; PARTNERS=2000 ;;
        national) PUSKESMAS=10000; PARTNERS=50000 ;;
        *) die "unknown scale '$1' (city, province or national)" ;;
    esac
}

psql_db() {
    local db="$1"
    shift
    psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$PGUSER_" -d "$db" "$@"
}

jdbc_url() {
    echo "jdbc:postgresql://$PGHOST_:$PGPORT_/$1"
}

app_jar() {
    ls "$PROJECT_DIR"/target/puskesnet-*.jar 2>/dev/null | grep -v plain | head -1
}

# Builds the jar (tests skipped) unless BENCH_SKIP_BUILD=1 and a jar exists.
build_jar() {
    if [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -n "$(app_jar)" ]; then
        return
    fi
    echo "== building the app (./mvnw package, tests skipped)"
    (cd "$PROJECT_DIR" && ./mvnw -B -q -DskipTests package) || die "build failed"
}

now_ms() {
    date +%s%3N
}

#!/usr/bin/env bash
# Synthetic dataset for the benchmark: bench/generate.sh <city|province|national> [database]
#
#   city      27 puskesmas,    300 partner clinics/TPMD
#   province  200 puskesmas,  2,000 partners
#   national  10,000 puskesmas, 50,000 partners
#
# Drops and re-creates the database (default puskesnet_bench_<scale>; a name that does not start with
# "puskesnet_bench" needs BENCH_FORCE=1), migrates it with the app's own Flyway migrations by starting the app
# once with the prod profile, then fills it with set-based SQL (bench/sql/*.sql, in order; a file headed
# "-- requires: <table>" runs only when the migrations made that table). Prints row counts and elapsed times.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:-}"
[ -n "$SCALE" ] || die "usage: bench/generate.sh <city|province|national> [database]"
scale_sizes "$SCALE"
DB="${2:-puskesnet_bench_$SCALE}"
case "$DB" in
    puskesnet_bench*) ;;
    *) [ "${BENCH_FORCE:-0}" = 1 ] || die "refusing to drop '$DB': use a name starting with puskesnet_bench or BENCH_FORCE=1" ;;
esac
[[ "$DB" =~ ^[a-z0-9_]+$ ]] || die "database name: lower-case letters, digits and _ only"

mkdir -p "$OUT_DIR"
START=$(now_ms)
build_jar
JAR="$(app_jar)"
[ -n "$JAR" ] || die "no jar in target/"

echo "== database $DB on $PGHOST_:$PGPORT_ (dropped and re-created)"
psql_db postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== migrating with the app's Flyway migrations (the app started once with the prod profile)"
T=$(now_ms)
LOG="$OUT_DIR/migrate-$DB.log"
rm -f "$LOG"
PUSKESNET_DB_URL="$(jdbc_url "$DB")" PUSKESNET_DB_USERNAME="$PGUSER_" PUSKESNET_DB_PASSWORD="${PGPASSWORD:-}" \
PUSKESNET_ADMIN_USERNAME=bench.admin PUSKESNET_ADMIN_PASSWORD="$BENCH_PASSWORD" \
    java -Xmx512m -jar "$JAR" --spring.profiles.active=prod --server.port=0 --spring.main.banner-mode=off \
    > "$LOG" 2>&1 &
APP_PID=$!
until grep -qs "Started PuskesnetApplication" "$LOG"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        tail -30 "$LOG"
        die "migration failed (log: $LOG)"
    fi
    sleep 1
done
kill "$APP_PID"
wait "$APP_PID" 2>/dev/null || true
echo "   done in $(( ($(now_ms) - T) / 1000 )) s"

echo "== generating $SCALE: $PUSKESMAS puskesmas, $PARTNERS partners, 60 months"
DRIVER="$OUT_DIR/generate-$DB.sql"
{
    echo "set bench.puskesmas = '$PUSKESMAS';"
    echo "set bench.partners = '$PARTNERS';"
    for file in "$BENCH_DIR"/sql/[0-9]*.sql; do
        required=$(sed -n 's/^-- requires: *\([a-z_]*\).*/\1/p' "$file" | head -1)
        if [ -n "$required" ] && [ "$(psql_db "$DB" -tAc "select to_regclass('$required') is not null")" != t ]; then
            echo "\\echo '   skipped $(basename "$file"): no table $required in this schema'"
            continue
        fi
        echo "select extract(epoch from clock_timestamp()) as t0 \\gset"
        echo "\\i $file"
        echo "select format('   %-18s %7s s', '$(basename "$file")', round((extract(epoch from clock_timestamp()) - :t0)::numeric, 1)) \\g (tuples_only=on)"
    done
} > "$DRIVER"
T=$(now_ms)
psql_db "$DB" -f "$DRIVER" | sed -e '/^$/d'
echo "   SQL done in $(( ($(now_ms) - T) / 1000 )) s"

echo "== row counts"
psql_db "$DB" -c "
select relname as table, n_live_tup as rows, pg_size_pretty(pg_total_relation_size(relid)) as size
from pg_stat_user_tables where n_live_tup > 0 order by pg_total_relation_size(relid) desc"
psql_db "$DB" -tAc "select 'database size: ' || pg_size_pretty(pg_database_size(current_database()))"
echo "== $SCALE generated into $DB in $(( ($(now_ms) - START) / 1000 )) s"

#!/usr/bin/env bash
# Load run: bench/run.sh <city|province|national> [database]
#
# Builds the app (BENCH_SKIP_BUILD=1 reuses target/*.jar), starts it with the prod profile on the generated
# database (bench/generate.sh), signs in the benchmark accounts and drives each page with wrk: 16 connections
# for BENCH_DURATION (30s) per page after a short warm-up, one page after the other. Prints p50/p95/p99
# latency, requests/s, the ratio of each page's p95 to the baseline's, the app's peak resident memory, and
# whether a report accepted during the run shows on the next dashboard request. Results also go to
# bench/out/results-<scale>-<time>.txt.
#
# Settings: BENCH_DURATION (30s), BENCH_WARMUP (5s), BENCH_CONNECTIONS (16), BENCH_THREADS (2),
# BENCH_SUBMIT_DURATION (3s), BENCH_SUBMIT_WARMUP (1s) and BENCH_SUBMIT_WARMUP_ROUNDS (15): submission is measured
# only as long as the generated drafts last (about 4,200: at 1,200 submissions/s they are gone in under 4 s, and what
# follows would be double submits); its warm-up submits 500 drafts of its own at full load, which are made drafts
# again after each round, so the save path is measured as warm as the pages are; BENCH_LOCAL_BASELINE (10s: the baseline measured again just before each page, printed as
# p95/local beside the ratio to the run's baseline); BENCH_PORT (8090), BENCH_JAVA_OPTS (heap and memory limits, see below), BENCH_ONLY (names from
# pages.txt and "submission" to measure only those; the baseline is always measured).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SCALE="${1:-}"
[ -n "$SCALE" ] || die "usage: bench/run.sh <city|province|national> [database]"
scale_sizes "$SCALE"
DB="${2:-puskesnet_bench_$SCALE}"
DURATION="${BENCH_DURATION:-30s}"
WARMUP="${BENCH_WARMUP:-5s}"
SUBMIT_DURATION="${BENCH_SUBMIT_DURATION:-3s}"
SUBMIT_WARMUP="${BENCH_SUBMIT_WARMUP:-1s}"
SUBMIT_WARMUP_ROUNDS="${BENCH_SUBMIT_WARMUP_ROUNDS:-15}"
LOCAL_BASELINE="${BENCH_LOCAL_BASELINE:-10s}"
CONNECTIONS="${BENCH_CONNECTIONS:-16}"
THREADS="${BENCH_THREADS:-2}"
PORT="${BENCH_PORT:-8090}"
# A heap limit well under the 768 MB resident-memory target, leaving room for metaspace, code cache and threads.
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xms256m -Xmx384m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=96m -Xss512k}"
BASE="http://127.0.0.1:$PORT"
STAMP="$(date -u +%Y%m%d-%H%M%S)"
WORK="$OUT_DIR/run-$SCALE-$STAMP"
RESULTS="$OUT_DIR/results-$SCALE-$STAMP.txt"
export BENCH_WRK_DIR="$BENCH_DIR/wrk" BENCH_THREADS="$THREADS"

if ! command -v wrk >/dev/null; then
    echo "== installing wrk (Debian package)"
    (apt-get install -y wrk || (apt-get update && apt-get install -y wrk)) >/dev/null || die "cannot install wrk"
fi
[ "$(psql_db postgres -tAc "select 1 from pg_database where datname = '$DB'")" = 1 ] \
    || die "no database $DB: run bench/generate.sh $SCALE first"
mkdir -p "$WORK"
build_jar
JAR="$(app_jar)"

echo "== resetting the benchmark drafts"
psql_db "$DB" -f "$BENCH_DIR/sql/reset-drafts.sql"
# The drafts live in the oldest months (2000 onwards), the first entries of the report indexes: vacuum marks their
# pages all-visible again, as the generator left them, so index-only scans (the report list's count) do not visit
# the heap for rows of earlier runs. (Not in reset-drafts.sql: the build's smoke test runs it as one statement.)
psql_db "$DB" -qc "vacuum (analyze, index_cleanup on) report"

echo "== starting the app on port $PORT ($JAVA_OPTS)"
PUSKESNET_DB_URL="$(jdbc_url "$DB")" PUSKESNET_DB_USERNAME="$PGUSER_" PUSKESNET_DB_PASSWORD="${PGPASSWORD:-}" \
    java $JAVA_OPTS -jar "$JAR" --spring.profiles.active=prod --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; die "the app did not start"; }
    sleep 1
done
echo "   up; log: $WORK/app.log"

# Signs a user in; the cookie jar is $WORK/<user>.jar. Prints the session cookie "JSESSIONID=...".
login() {
    local user="$1" jar="$WORK/$1.jar" token status
    token=$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$user" --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$token" \
        "$BASE/login")
    case "$status" in
        "302 $BASE/") ;;
        *) die "login of $user failed ($status)" ;;
    esac
    echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar")"
}

# The CSRF token of a signed-in session, URL-encoded, from a page's forms.
csrf_of() {
    curl -fs -H "Cookie: $1" "$BASE/account/password" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1 \
        | sed -e 's/=/%3D/g' -e 's/+/%2B/g' -e 's/\//%2F/g'
}

status_of() {
    curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $1" "$BASE$2"
}

echo "== signing in the benchmark accounts"
DKK=$(login bench.dkk)
KAPUS=$(login bench.kapus)
: > "$WORK/submit.list"
for i in $(seq -w 1 16); do
    cookie=$(login "bench.submit$i")
    echo "$cookie $(csrf_of "$cookie")" > "$WORK/session-$i"
done
# Drafts in the order to submit them: oldest month first, the 16 clinics interleaved.
psql_db "$DB" -tA -F ' ' -c "
    select substr(f.code, 7), r.id from report r join facility f on f.id = r.facility_id
    where r.created_by = 'bench-draft' and r.status = 'DRAFT' order by r.period, f.code" \
| while read -r clinic id; do
    echo "$(cat "$WORK/session-$clinic") $id"
done > "$WORK/submit.list"
DRAFTS=$(wc -l < "$WORK/submit.list")
# The warm-up submits the last 500 drafts, the measurement the others from the top: none of them twice.
WARMUP_DRAFTS=$(( DRAFTS > 1000 ? 500 : DRAFTS / 4 ))
tail -n "$WARMUP_DRAFTS" "$WORK/submit.list" > "$WORK/submit-warmup.list"
head -n "$((DRAFTS - WARMUP_DRAFTS))" "$WORK/submit.list" > "$WORK/submit-measure.list"
[ "$DRAFTS" -gt 0 ] || die "no benchmark drafts in $DB (generated by an older generator?)"

LAST_MONTH=$(TZ=Asia/Makassar date -d "$(TZ=Asia/Makassar date +%Y-%m-01) -1 month" +%Y-%m)
YEAR=${LAST_MONTH%-*}
MONTH=$((10#${LAST_MONTH#*-}))
PUSKESMAS_ID=1

selected() {
    [ -z "${BENCH_ONLY:-}" ] || [[ " $BENCH_ONLY " == *" $1 "* ]]
}

# The pages of bench/pages.txt, with last month and the benchmark puskesmas filled in.
session_of() {
    case "$1" in
        bench.dkk) echo "$DKK" ;;
        bench.kapus) echo "$KAPUS" ;;
        *) die "bench/pages.txt: no session for $1" ;;
    esac
}
PAGES=()
while read -r name user path; do
    case "$name" in ""|\#*) continue ;; esac
    path="${path//\{year\}/$YEAR}"
    path="${path//\{month\}/$MONTH}"
    path="${path//\{yearMonth\}/$LAST_MONTH}"
    path="${path//\{puskesmas\}/$PUSKESMAS_ID}"
    cookie="$(session_of "$user")"
    code=$(status_of "$cookie" "$path")
    [ "$code" = 200 ] || die "$name: $path answers $code"
    if [ "$name" = baseline ] || selected "$name"; then
        PAGES+=("$name|$cookie|$path")
    fi
done < "$BENCH_DIR/pages.txt"

# Freshness, checked while the DKK dashboard is under load: the DKK accepts a verified partner report of last
# month, and the very next request of the DKK dashboard (whose figures are kept until their data changes) and of
# its puskesmas's dashboard figures (its trend export) show the final SPM hypertension numerator grown by exactly
# the report's count. Also prints how long that first DKK dashboard request took: it computes the figures again.
freshness_check() {
    local dashboard="$1" id version amount network token before after city_before city_after first code
    read -r id version amount network <<< "$(psql_db "$DB" -tA -F ' ' -c "
        select r.id, r.version, v.amount, r.network_puskesmas_id from report r
        join report_value v on v.report_id = r.id join data_element e on e.id = v.element_id and e.code = 'HT_PELAYANAN'
        where r.facility_id <> r.network_puskesmas_id
          and r.status = 'VERIFIED' and r.period = date '$LAST_MONTH-01' and v.amount > 0
        order by r.network_puskesmas_id, r.id limit 1")"
    [ -n "$id" ] || { echo "freshness: no verified report to accept (run generate.sh again)"; return; }
    local trend="$BASE/dashboard/puskesmas/$network/trend.csv?year=$YEAR&month=$MONTH"
    numerator() { curl -fs --max-time 120 -H "Cookie: $DKK" "$trend" | awk -F, -v m="$LAST_MONTH" '$1 == m && $2 == "SPM_HT" { print $4 }'; }
    # The city's SPM_HT numerator from the figures table of the DKK dashboard (written 69.123.843).
    city_numerator() {
        curl -fs --max-time 120 -H "Cookie: $DKK" "$BASE$dashboard" -w '\nTIME %{time_total}\n' > "$WORK/fresh-page.html"
        tr -d '\n' < "$WORK/fresh-page.html" | grep -o '<tr data-indicator="SPM_HT">.*' \
            | grep -o 'class="text-end numerator">[0-9.]*' | head -1 | sed -e 's/.*>//' -e 's/\.//g'
    }
    before=$(numerator)
    city_before=$(city_numerator)
    token=$(csrf_of "$DKK")
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 120 -H "Cookie: $DKK" --data "_csrf=$token&version=$version" \
        "$BASE/reports/$id/accept")
    city_after=$(city_numerator)
    first=$(awk '/^TIME/ { printf "%.0f", $2 * 1000 }' "$WORK/fresh-page.html")
    after=$(numerator)
    if [ "$code" = 302 ] && [ -n "$before" ] && [ "$after" = "$((before + amount))" ] && [ -n "$city_before" ] \
        && [ "$city_after" = "$((city_before + amount))" ]; then
        echo "freshness: OK, report $id accepted under load; the next DKK dashboard request shows the city's SPM_HT" \
             "numerator $city_before -> $city_after (+$amount) and took $first ms (its figures computed again);" \
             "its puskesmas's figures $before -> $after"
    else
        echo "freshness: FAILED, report $id (accept answered $code): city SPM_HT $city_before -> $city_after," \
             "puskesmas $before -> $after, expected +$amount"
    fi
}

run_wrk() {
    local seconds="$1" script="$2" url="$3" connections="${4:-$CONNECTIONS}"
    wrk -t"$THREADS" -c"$connections" -d"$seconds" --timeout 120s -s "$BENCH_WRK_DIR/$script" "$url"
    drain
}

# wrk stops sending when its time is up, but the app still works off the requests in flight: wait until the
# baseline page answers quickly twice in a row, so that no page is measured against the previous one's backlog.
drain() {
    local quick=0 seconds
    for _ in $(seq 600); do
        seconds=$(curl -s -o /dev/null -w '%{time_total}' --max-time 10 -H "Cookie: $DKK" "$BASE/account/password")
        if awk -v t="$seconds" 'BEGIN { exit !(t < 0.2) }'; then
            quick=$((quick + 1))
            [ "$quick" -ge 2 ] && return
        else
            quick=0
        fi
        sleep 1
    done
}

echo "== warm-up ($WARMUP per page, 2 connections)"
if selected submission; then
    # Each round submits the warm-up drafts under full load; the reset makes them drafts again for the next round
    # (the measured drafts are untouched: none of them has been submitted yet).
    for _ in $(seq "$SUBMIT_WARMUP_ROUNDS"); do
        BENCH_SUBMIT_LIST="$WORK/submit-warmup.list" run_wrk "$SUBMIT_WARMUP" submit.lua "$BASE/reports" > /dev/null
        PGOPTIONS="-c client_min_messages=warning" psql_db "$DB" -qf "$BENCH_DIR/sql/reset-drafts.sql" > /dev/null
    done
    psql_db "$DB" -qc "vacuum (index_cleanup on) report"
fi
for page in "${PAGES[@]}"; do
    IFS='|' read -r name cookie path <<< "$page"
    BENCH_COOKIE="$cookie" run_wrk "$WARMUP" get.lua "$BASE$path" 2 > /dev/null
done

echo "== measuring: $CONNECTIONS connections, $DURATION per page"
: > "$WORK/results"
IFS='|' read -r _ BASE_COOKIE BASE_PATH <<< "${PAGES[0]}"
# The baseline again for BENCH_LOCAL_BASELINE (10s) just before a page: its p95 is the page's "local" baseline,
# which follows the machine's noise from minute to minute better than the one baseline of the run.
local_baseline() {
    BENCH_COOKIE="$BASE_COOKIE" run_wrk "$LOCAL_BASELINE" get.lua "$BASE$BASE_PATH" \
        | awk '/^RESULT/ { for (i = 2; i <= NF; i++) if ($i ~ /^p95=/) { sub("p95=", "", $i); print "local=" $i } }'
}
# Submission first, while the app is fresh: the heavy dashboards below leave a full heap behind.
BEFORE=$(psql_db "$DB" -tAc "select count(*) from report where created_by = 'bench-draft' and status = 'SUBMITTED'")
if selected submission; then
    localbase=$(local_baseline)
    BENCH_SUBMIT_LIST="$WORK/submit-measure.list" run_wrk "$SUBMIT_DURATION" submit.lua "$BASE/reports" > "$WORK/submission.wrk"
    echo "submission $(grep '^RESULT' "$WORK/submission.wrk" | cut -d' ' -f2-) $localbase" | tee -a "$WORK/results"
fi
SUBMITTED=$(psql_db "$DB" -tAc "select count(*) from report where created_by = 'bench-draft' and status = 'SUBMITTED'")
# The drafts just submitted are in the oldest months, the first entries of the report indexes the report list
# counts along: in a real database those months are long received and all-visible. Vacuum them, as autovacuum
# would, so the pages after this one are not measured against this artefact of where the drafts are.
psql_db "$DB" -qc "vacuum (index_cleanup on) report" || true
for page in "${PAGES[@]}"; do
    IFS='|' read -r name cookie path <<< "$page"
    localbase=""
    [ "$name" = baseline ] || localbase=$(local_baseline)
    if [ "$name" = dkk-dashboard ]; then
        (sleep 5; freshness_check "$path" > "$WORK/freshness") &
    fi
    BENCH_COOKIE="$cookie" run_wrk "$DURATION" get.lua "$BASE$path" > "$WORK/$name.wrk"
    echo "$name $(grep '^RESULT' "$WORK/$name.wrk" | cut -d' ' -f2-) $localbase" | tee -a "$WORK/results"
done

HWM=$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status")
RSS=$(awk '/VmRSS/ { print $2 }' "/proc/$APP_PID/status")

{
    echo "Puskesnet benchmark, scale $SCALE ($PUSKESMAS puskesmas, $PARTNERS partners, 60 months), database $DB"
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GB;" \
         "$CONNECTIONS connections, $DURATION per page; JVM: $JAVA_OPTS"
    echo
    awk -v duration="$DURATION" -v base="$(awk '$1 == "baseline" { sub("p95=", "", $3); print $3 }' "$WORK/results")" '
        BEGIN { printf "%-20s %9s %9s %9s %9s %10s %8s %11s\n", "page", "p50 ms", "p95 ms", "p99 ms", "req/s", "p95/base",
                       "errors", "p95/local" }
        {
            delete v
            for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
            localRatio = v["local"] > 0 ? sprintf("%.1fx (%.0f ms)", v["p95"] / v["local"], v["local"]) : ""
            if (v["requests"] == 0) {
                printf "%-20s %9s %9s %9s %9.1f %10s %8d   no request finished within %s\n", $1, "-", "-", "-", 0,
                    "-", v["socket_errors"] + v["unexpected"], duration
            } else {
                printf "%-20s %9.1f %9.1f %9.1f %9.1f %9.1fx %8d   %s\n", $1, v["p50"], v["p95"], v["p99"], v["rps"],
                    v["p95"] / base, v["socket_errors"] + v["unexpected"], localRatio
            }
        }' "$WORK/results"
    echo
    if selected submission; then
        echo "submissions (measured for $SUBMIT_DURATION): $((SUBMITTED - BEFORE)) drafts submitted for real; wrk counted $(awk '$1 == "submission" { for (i = 2; i <= NF; i++) if ($i ~ /^requests=/) { sub("requests=", "", $i); print $i } }' "$WORK/results") completed POSTs ($DRAFTS drafts available; past them a POST is a double submit)"
    fi
    cat "$WORK/freshness" 2>/dev/null || echo "freshness: not checked (no dkk-dashboard page)"
    echo "app memory: peak resident (VmHWM) $((HWM / 1024)) MB, resident at the end $((RSS / 1024)) MB;" \
         "$(grep -c 'java.lang.OutOfMemoryError' "$WORK/app.log" || true) OutOfMemoryError(s) in the app's log"
} | tee "$RESULTS"
echo "results: $RESULTS"

-- GET one page with a signed-in session (BENCH_COOKIE); a status other than 200 counts as unexpected.
dofile(os.getenv("BENCH_WRK_DIR") .. "/result.lua")

wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
-- As every browser asks: the app compresses only what it keeps compressed (the ranking files).
wrk.headers["Accept-Encoding"] = "gzip, deflate, br"
expected_status = 200
unexpected = 0

function response(status, headers, body)
    count_unexpected(status)
end

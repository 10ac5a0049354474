-- POST /reports/{id} with action=submit: each request submits another draft of the benchmark clinics.
-- BENCH_SUBMIT_LIST has one line per draft, "<session cookie> <csrf token> <report id>", in the order to
-- submit; thread i takes lines i, i + threads, ... Past the end a thread starts again, and those requests are
-- double submits (cheap: the app answers "already submitted"); run.sh counts the real ones in the database.
-- A successful submit answers 302 (to the report's page).
dofile(os.getenv("BENCH_WRK_DIR") .. "/result.lua")

expected_status = 302
unexpected = 0

local VALUES = "v_TB_TERDUGA=12&v_TB_TERDUGA_PERIKSA=10&v_TB_KASUS=3&v_TB_MULAI_OBAT=3&v_TB_SEMBUH=1"
    .. "&v_TB_LENGKAP=1&v_TB_KONTAK_INVESTIGASI=20&v_TB_KONTAK_TPT=9&v_HT_PELAYANAN=70&v_DM_PELAYANAN=18&v_ORI_MR=0"
local drafts = {}
local position = 0

function init(args)
    local threads = tonumber(os.getenv("BENCH_THREADS"))
    local n = 0
    for line in io.lines(os.getenv("BENCH_SUBMIT_LIST")) do
        if n % threads == index then
            local cookie, csrf, id = line:match("^(%S+) (%S+) (%S+)$")
            table.insert(drafts, wrk.format("POST", "/reports/" .. id,
                { ["Cookie"] = cookie, ["Content-Type"] = "application/x-www-form-urlencoded" },
                "_csrf=" .. csrf .. "&version=0&action=submit&" .. VALUES))
        end
        n = n + 1
    end
end

function request()
    position = position % #drafts + 1
    return drafts[position]
end

function response(status, headers, body)
    count_unexpected(status)
end

-- Shared by the wrk scripts: counts responses whose status is not the expected one, per thread, and prints
-- one line that run.sh reads. wrk keeps a Lua state per thread; done() runs in the main state.
local threads = {}

function setup(thread)
    thread:set("index", #threads)
    table.insert(threads, thread)
end

function count_unexpected(status)
    if status ~= expected_status then
        unexpected = unexpected + 1
        if unexpected <= 3 then
            io.stderr:write("unexpected status " .. status .. "\n")
        end
    end
end

function done(summary, latency, requests)
    local others = 0
    for _, thread in ipairs(threads) do
        others = others + thread:get("unexpected")
    end
    local e = summary.errors
    io.write(string.format("RESULT p50=%.2f p95=%.2f p99=%.2f rps=%.1f requests=%d socket_errors=%d unexpected=%d\n",
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        summary.requests / (summary.duration / 1e6), summary.requests, e.connect + e.read + e.write + e.timeout,
        others))
end

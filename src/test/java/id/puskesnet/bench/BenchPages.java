package id.puskesnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** bench/pages.txt read as the load run reads it, and the form the load run's submissions post. */
final class BenchPages {

    private static final Path PAGES = Path.of("bench", "pages.txt");
    private static final Path SUBMIT_SCRIPT = Path.of("bench", "wrk", "submit.lua");
    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private BenchPages() {
    }

    /** name, user, path, with last month and the benchmark puskesmas (id 1) filled in. */
    static List<String[]> read() throws IOException {
        YearMonth lastMonth = YearMonth.now(WITA).minusMonths(1);
        return Files.readAllLines(PAGES).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+"))
                .map(page -> new String[] {page[0], page[1], page[2]
                        .replace("{year}", String.valueOf(lastMonth.getYear()))
                        .replace("{month}", String.valueOf(lastMonth.getMonthValue()))
                        .replace("{yearMonth}", lastMonth.toString())
                        .replace("{puskesmas}", "1")})
                .toList();
    }

    /** The counts submit.lua posts, with version 0 and action=submit. */
    static MultiValueMap<String, String> submission() throws IOException {
        Matcher values = Pattern.compile("(v_[A-Z_]+)=(\\d+)").matcher(Files.readString(SUBMIT_SCRIPT));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        while (values.find()) {
            form.add(values.group(1), values.group(2));
        }
        form.add("version", "0");
        form.add("action", "submit");
        return form;
    }
}

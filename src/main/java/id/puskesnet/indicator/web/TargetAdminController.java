package id.puskesnet.indicator.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.indicator.AnnualTargets;
import id.puskesnet.indicator.IndicatorCatalog;
import id.puskesnet.indicator.TargetGrid;
import id.puskesnet.indicator.TargetImport;
import id.puskesnet.indicator.TargetKind;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DKK administrator's annual targets: a grid of puskesmas × target kinds for a year, "copy from last
 * year", and a CSV import that is previewed (with line-numbered errors) before it is applied whole.
 */
@Controller
@RequestMapping("/admin/targets")
class TargetAdminController {

    static final int PAGE_SIZE = 30;
    static final String PENDING_IMPORT = "indicator.pendingTargetImport";
    static final long MAX_FILE_BYTES = 1_000_000;

    private final AnnualTargets targets;
    private final IndicatorCatalog catalog;
    private final FacilityService facilities;
    private final CurrentAccess currentAccess;
    private final Clock clock;

    TargetAdminController(AnnualTargets targets, IndicatorCatalog catalog, FacilityService facilities,
                          CurrentAccess currentAccess, Clock clock) {
        this.targets = targets;
        this.catalog = catalog;
        this.facilities = facilities;
        this.currentAccess = currentAccess;
        this.clock = clock;
    }

    @GetMapping
    String grid(@RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "kecamatan", required = false) String kecamatan,
                @RequestParam(name = "q", required = false) String search,
                @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        int shownYear = year(year);
        model.addAttribute("badYear", year != null && !year.isBlank() && shownYear != parsed(year));
        fill(model, shownYear, id(kecamatan), search, page, Map.of(), Map.of());
        return "targets/grid";
    }

    @PostMapping
    String save(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        int year = requiredYear(form.get("year"));
        int version = version(form.get("version"));
        Long kecamatan = id(form.get("kecamatan"));
        String search = form.get("q");
        int page = number(form.get("page"));
        Map<String, String> errors = targets.save(currentAccess.scope(), year, version, form);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("badYear", false);
            fill(model, year, kecamatan, search, page, form, errors);
            return "targets/grid";
        }
        redirect.addFlashAttribute("success", "target.saved");
        return "redirect:" + gridUrl(year, kecamatan, search, page);
    }

    @PostMapping("/copy")
    String copy(@RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "version", required = false) String version, RedirectAttributes redirect) {
        int shownYear = requiredYear(year);
        try {
            int copied = targets.copyFromPreviousYear(currentAccess.scope(), shownYear, version(version));
            redirect.addFlashAttribute("copied", copied);
            redirect.addFlashAttribute("success", "target.copied");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + gridUrl(shownYear, null, null, 0);
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "year", required = false) String year, Locale locale) {
        int shownYear = year(year);
        List<TargetKind> kinds = catalog.targetKinds();
        List<String> header = new ArrayList<>(List.of(AnnualTargets.CODE_COLUMN));
        header.addAll(AnnualTargets.INFORMATION_COLUMNS);
        kinds.forEach(k -> header.add(k.code()));
        List<List<Object>> rows = new ArrayList<>();
        for (TargetGrid.Row row : targets.all(currentAccess.scope(), shownYear)) {
            List<Object> values = new ArrayList<>(List.of(row.puskesmas().code(), row.puskesmas().name(),
                    row.puskesmas().kecamatanName()));
            kinds.forEach(k -> values.add(row.amounts().get(k.id())));
            rows.add(values);
        }
        return new ExportTable("sasaran", header, rows).response("csv", "sasaran-" + shownYear);
    }

    @PostMapping("/import")
    String read(@RequestParam(name = "year", required = false) String year,
                @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session,
                RedirectAttributes redirect) throws IOException {
        int shownYear = requiredYear(year);
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("failure", "target.import.noFile");
            return "redirect:" + gridUrl(shownYear, null, null, 0);
        }
        if (file.getSize() > MAX_FILE_BYTES) {
            redirect.addFlashAttribute("failure", "target.import.tooBig");
            return "redirect:" + gridUrl(shownYear, null, null, 0);
        }
        TargetImport pending = targets.read(currentAccess.scope(), shownYear, file.getBytes());
        if (pending.valid()) {
            session.setAttribute(PENDING_IMPORT, pending);
        } else {
            session.removeAttribute(PENDING_IMPORT);
        }
        model.addAttribute("pending", pending);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "targets/import";
    }

    @PostMapping("/import/apply")
    String apply(HttpSession session, RedirectAttributes redirect) {
        Object pending = session.getAttribute(PENDING_IMPORT);
        if (!(pending instanceof TargetImport file)) {
            redirect.addFlashAttribute("failure", "target.import.expired");
            return "redirect:/admin/targets";
        }
        session.removeAttribute(PENDING_IMPORT);
        int changed = targets.apply(currentAccess.scope(), file);
        redirect.addFlashAttribute("changed", changed);
        redirect.addFlashAttribute("success", "target.imported");
        return "redirect:" + gridUrl(file.year(), null, null, 0);
    }

    private void fill(Model model, int year, Long kecamatan, String search, int page, Map<String, String> typed,
                      Map<String, String> errors) {
        TargetGrid grid = targets.grid(currentAccess.scope(), year, kecamatan, search,
                PageRequests.of(page, PAGE_SIZE, Sort.unsorted()));
        model.addAttribute("grid", grid);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("kecamatanId", kecamatan);
        model.addAttribute("search", search);
        model.addAttribute("kecamatanOptions", facilities.allKecamatanOptions());
        model.addAttribute("history", targets.history(year));
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
    }

    private int year(String text) {
        int value = parsed(text);
        return value >= AnnualTargets.MIN_YEAR && value <= AnnualTargets.MAX_YEAR
                ? value : LocalDate.now(clock).getYear();
    }

    private int requiredYear(String text) {
        int value = parsed(text);
        if (value < AnnualTargets.MIN_YEAR || value > AnnualTargets.MAX_YEAR) {
            throw new org.springframework.web.server.ResponseStatusException(HttpStatus.BAD_REQUEST, "year");
        }
        return value;
    }

    private static int parsed(String text) {
        return number(text);
    }

    private static int number(String text) {
        if (text == null || text.isBlank() || text.strip().length() > 9
                || !text.strip().chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return Integer.parseInt(text.strip());
    }

    /** A sheet version as the page sent it; anything unreadable matches no sheet and so is a conflict. */
    private static int version(String text) {
        if ("-1".equals(text == null ? null : text.strip())) {
            return AnnualTargets.NEVER_SAVED;
        }
        int value = number(text);
        return value < 0 ? Integer.MIN_VALUE : value;
    }

    private static Long id(String text) {
        int value = number(text);
        return value < 0 ? null : (long) value;
    }

    private static String gridUrl(int year, Long kecamatan, String search, int page) {
        return UriComponentsBuilder.fromPath("/admin/targets").queryParam("year", year)
                .queryParamIfPresent("kecamatan", java.util.Optional.ofNullable(kecamatan))
                .queryParamIfPresent("q", java.util.Optional.ofNullable(search).filter(s -> !s.isBlank()))
                .queryParamIfPresent("page", java.util.Optional.of(page).filter(p -> p > 0))
                .encode().build().toUriString();
    }
}

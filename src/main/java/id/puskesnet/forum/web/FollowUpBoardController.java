package id.puskesnet.forum.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentAccess;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.common.web.PageRequests;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.FollowUpFilter;
import id.puskesnet.forum.FollowUpService;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.FollowUpSummary;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The follow-up board (a puskesmas's own, the whole city's for the DKK) and its CSV export, filtered alike. */
@Controller
@RequestMapping("/follow-ups")
class FollowUpBoardController {

    static final int PAGE_SIZE = 25;
    /** The sector filter's value for follow-ups the puskesmas itself carries out. */
    static final String PUSKESMAS_RESPONSIBLE = "PUSKESMAS";
    private static final Set<String> SORTABLE = Set.of("due", "forum");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final FollowUpService followUps;
    private final FacilityService facilities;
    private final ProgramCatalog programs;
    private final CurrentAccess currentAccess;
    private final MessageSource messages;

    FollowUpBoardController(FollowUpService followUps, FacilityService facilities, ProgramCatalog programs,
                            CurrentAccess currentAccess, MessageSource messages) {
        this.followUps = followUps;
        this.facilities = facilities;
        this.programs = programs;
        this.currentAccess = currentAccess;
        this.messages = messages;
    }

    @ModelAttribute("filter")
    FollowUpFilter filter(@RequestParam(name = "puskesmas", required = false) Long puskesmasId,
                          @RequestParam(name = "forum", required = false) Long forumId,
                          @RequestParam(name = "status", required = false) FollowUpStatus status,
                          @RequestParam(name = "sector", required = false) String sector,
                          @RequestParam(name = "program", required = false) Long programId,
                          @RequestParam(name = "open", defaultValue = "false") boolean openOnly,
                          @RequestParam(name = "overdue", defaultValue = "false") boolean overdue,
                          @RequestParam(name = "dueSoon", defaultValue = "false") boolean dueSoon) {
        boolean puskesmas = PUSKESMAS_RESPONSIBLE.equals(sector);
        return new FollowUpFilter(puskesmasId, forumId, status, openOnly, puskesmas ? null : sector(sector),
                puskesmas ? ResponsibleKind.PUSKESMAS : null, programId, overdue, dueSoon);
    }

    @GetMapping
    String board(@ModelAttribute("filter") FollowUpFilter filter,
                 @RequestParam(name = "sector", required = false) String sector,
                 @RequestParam(name = "sort", defaultValue = "due") String sort,
                 @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        AccessScope scope = currentAccess.scope();
        model.addAttribute("page", followUps.search(scope, filter, PageRequests.of(page, PAGE_SIZE, sortOf(sort))));
        model.addAttribute("counts", followUps.countByStatus(scope, filter.puskesmasId()));
        model.addAttribute("sort", SORTABLE.contains(sort) ? sort : "due");
        model.addAttribute("sector", sector);
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("sectors", InstitutionSector.values());
        model.addAttribute("programs", programs.all());
        model.addAttribute("puskesmasFilter", scope.cityWide());
        if (scope.cityWide()) {
            model.addAttribute("puskesmasOptions", facilities.activePuskesmasOptions());
        }
        return "follow-ups/list";
    }

    /** The filtered board, all of it, as a CSV file Excel opens (UTF-8 with BOM), headers in the user's language. */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") FollowUpFilter filter,
                                  @RequestParam(name = "sort", defaultValue = "due") String sort, Locale locale) {
        List<FollowUpSummary> rows = followUps.export(currentAccess.scope(), filter, sortOf(sort));
        CsvWriter csv = new CsvWriter().row(List.of("followUp.puskesmas", "followUp.forumHeldOn", "followUp.forumType",
                        "followUp.what", "followUp.responsible", "followUp.sector", "followUp.responsiblePerson",
                        "followUp.program", "followUp.dueDate", "followUp.status", "followUp.overdue",
                        "followUp.closedOn").stream()
                .map(key -> text(key, locale)).toList());
        for (FollowUpSummary u : rows) {
            csv.row(u.puskesmasName(), u.forumHeldOn(), text("ForumType." + u.forumType(), locale), u.what(),
                    u.responsibleName() == null ? messages.getMessage("followUp.responsible.sector",
                            new Object[] {text("InstitutionSector." + u.sector(), locale)}, locale) : u.responsibleName(),
                    u.sector() == null ? null : text("InstitutionSector." + u.sector(), locale),
                    u.responsiblePerson(), u.program() == null ? null : u.program().label(locale), u.dueDate(),
                    text("FollowUpStatus." + u.status(), locale),
                    text(u.overdue() ? "common.yes" : "common.no", locale), u.closedOn());
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("tindak-lanjut-forum.csv").build().toString())
                .body(csv.toUtf8WithBom());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    static Sort sortOf(String sort) {
        return "forum".equals(sort)
                ? Sort.by(Sort.Order.desc("forum.heldOn"), Sort.Order.asc("sortOrder"), Sort.Order.asc("id"))
                : Sort.by("dueDate", "id");
    }

    /** The sector filter is a sector, "PUSKESMAS", or empty; anything else is a bad request, not a server error. */
    private static InstitutionSector sector(String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        try {
            return InstitutionSector.valueOf(sector.strip());
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown sector filter");
        }
    }
}

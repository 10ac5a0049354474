package id.puskesnet.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.Changes;
import id.puskesnet.facility.FacilityCsvColumn.Use;
import id.puskesnet.facility.PartnerImportCheck.Change;
import id.puskesnet.facility.PartnerImportCheck.Line;
import id.puskesnet.facility.PartnerImportCheck.Problem;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KelurahanRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DKK administrator's import of partner clinics and TPMD from a CSV file in the format of the facility list's
 * export. A row whose code is new adds a partner; a row with a partner's code updates that partner. Puskesmas rows of
 * an exported list are skipped. {@link #check} says what would happen without writing anything; {@link #apply}
 * writes it all in one transaction through {@link FacilityRegistry}, so every change is in the audit trail, and
 * only when the whole file is valid and the registry still is as the check saw it.
 */
@Service
@Transactional(readOnly = true)
public class PartnerImport {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,30}");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);
    private static final int CODE_MAX = 30;
    private static final int NAME_MAX = 150;
    private static final int ADDRESS_MAX = 300;
    private static final int PERSON_MAX = 150;
    private static final int LICENCE_MAX = 100;

    private final FacilityRepository facilities;
    private final KelurahanRepository kelurahan;
    private final FacilityRegistry registry;

    PartnerImport(FacilityRepository facilities, KelurahanRepository kelurahan, FacilityRegistry registry) {
        this.facilities = facilities;
        this.kelurahan = kelurahan;
        this.registry = registry;
    }

    /** The columns the file must have. */
    public List<String> requiredColumns() {
        return headers(Use.REQUIRED);
    }

    /** The columns read when present. */
    public List<String> optionalColumns() {
        return headers(Use.READ);
    }

    /** The columns of the export that the import ignores. */
    public List<String> ignoredColumns() {
        return headers(Use.SHOWN);
    }

    /** The header row of the export, which the import reads. */
    public String headerLine() {
        return Arrays.stream(FacilityCsvColumn.values()).map(FacilityCsvColumn::header)
                .collect(Collectors.joining(","));
    }

    /** What importing the file would do. Writes nothing. */
    public PartnerImportCheck check(AccessScope scope, byte[] file) {
        requireAdministrator(scope);
        return plan(file).check();
    }

    /**
     * Imports the file, all rows or none.
     *
     * @param seen the check the user confirmed
     * @throws PartnerImportOutdatedException when the file is not valid or a check now says something else
     */
    @Transactional
    public PartnerImportResult apply(AccessScope scope, byte[] file, PartnerImportCheck seen) {
        requireAdministrator(scope);
        Plan plan = plan(file);
        if (!plan.check().valid() || !plan.check().equals(seen)) {
            throw new PartnerImportOutdatedException();
        }
        int created = 0;
        int updated = 0;
        for (PlannedRow row : plan.rows()) {
            if (row.line().action() == PartnerImportAction.CREATE) {
                long id = registry.createPartner(scope, row.data());
                if (Boolean.FALSE.equals(row.activeChange())) {
                    registry.setActive(scope, id, false);
                }
                created++;
            } else if (row.line().action() == PartnerImportAction.UPDATE) {
                registry.updatePartner(scope, row.facilityId(), row.data(), row.line().version());
                if (row.activeChange() != null) {
                    registry.setActive(scope, row.facilityId(), row.activeChange());
                }
                updated++;
            }
        }
        return new PartnerImportResult(created, updated);
    }

    private Plan plan(byte[] file) {
        FacilityCsvFile csv = FacilityCsvFile.read(file);
        if (csv.problem() != null) {
            return new Plan(PartnerImportCheck.unreadable(csv.problem(), csv.problemArguments()), List.of());
        }
        Set<String> codes = new HashSet<>();
        for (FacilityCsvFile.Row row : csv.rows()) {
            codes.add(upper(row.get(FacilityCsvColumn.CODE)));
            codes.add(upper(row.get(FacilityCsvColumn.NETWORK_CODE)));
        }
        codes.remove("");
        Map<String, Facility> byCode = codes.isEmpty() ? Map.of() : facilities.findWithPlacesByCodeIn(codes).stream()
                .collect(Collectors.toMap(Facility::getCode, Function.identity()));
        Map<String, Kelurahan> kelurahanByCode = kelurahan.findAllOrdered().stream()
                .collect(Collectors.toMap(k -> upper(k.getCode()), Function.identity()));
        Map<String, Integer> firstLineOfCode = new HashMap<>();
        List<PlannedRow> rows = new ArrayList<>();
        for (FacilityCsvFile.Row row : csv.rows()) {
            rows.add(new RowPlanner(csv, row, byCode, kelurahanByCode, firstLineOfCode).plan());
        }
        return new Plan(new PartnerImportCheck(null, List.of(), rows.stream().map(PlannedRow::line).toList()), rows);
    }

    private record Plan(PartnerImportCheck check, List<PlannedRow> rows) {
    }

    /**
     * @param data         what the registry is given; null unless the row is to be written
     * @param facilityId   the partner an update changes
     * @param activeChange the active flag to set after the write, or null to leave it
     */
    private record PlannedRow(Line line, PartnerData data, Long facilityId, Boolean activeChange) {
    }

    /** Checks one row and turns it into what the registry is to do. */
    private static final class RowPlanner {

        private final FacilityCsvFile csv;
        private final FacilityCsvFile.Row row;
        private final Map<String, Facility> byCode;
        private final Map<String, Kelurahan> kelurahanByCode;
        private final Map<String, Integer> firstLineOfCode;
        private final List<Problem> problems = new ArrayList<>();

        RowPlanner(FacilityCsvFile csv, FacilityCsvFile.Row row, Map<String, Facility> byCode,
                   Map<String, Kelurahan> kelurahanByCode, Map<String, Integer> firstLineOfCode) {
            this.csv = csv;
            this.row = row;
            this.byCode = byCode;
            this.kelurahanByCode = kelurahanByCode;
            this.firstLineOfCode = firstLineOfCode;
        }

        PlannedRow plan() {
            if (row.extraCells()) {
                problems.add(new Problem(null, "facility.import.row.extraCells", List.of()));
            }
            String code = code();
            String name = cell(FacilityCsvColumn.NAME, NAME_MAX, true);
            FacilityType type = type();
            Facility existing = code == null ? null : byCode.get(code);
            if (type == FacilityType.PUSKESMAS) {
                return puskesmasRow(existing);
            }
            if (existing != null && !existing.getType().isPartner()) {
                problems.add(problem(FacilityCsvColumn.CODE, "facility.import.row.code.puskesmas", existing.getName()));
            }
            Facility partner = existing != null && existing.getType().isPartner() ? existing : null;
            Kelurahan place = kelurahan(partner);
            Facility network = network(partner);
            String address = text(FacilityCsvColumn.ADDRESS, ADDRESS_MAX, false, partner, Facility::getAddress);
            String phone = phone(FacilityCsvColumn.PHONE, partner, Facility::getPhone);
            String headName = text(FacilityCsvColumn.HEAD_NAME, PERSON_MAX, false, partner, Facility::getHeadName);
            String licenceNumber = text(FacilityCsvColumn.LICENCE_NUMBER, LICENCE_MAX, false, partner,
                    Facility::getLicenceNumber);
            LocalDate licenceExpiry = date(FacilityCsvColumn.LICENCE_EXPIRY, partner, Facility::getLicenceExpiry);
            String contactPerson = text(FacilityCsvColumn.CONTACT_PERSON, PERSON_MAX, false, partner,
                    Facility::getContactPerson);
            String contactPhone = phone(FacilityCsvColumn.CONTACT_PHONE, partner, Facility::getContactPhone);
            LocalDate joinedOn = date(FacilityCsvColumn.JOINED_ON, partner, Facility::getJoinedOn);
            Boolean active = status();
            if (!problems.isEmpty()) {
                return new PlannedRow(new Line(row.line(), written(FacilityCsvColumn.CODE),
                        written(FacilityCsvColumn.NAME), null, List.of(), problems, 0), null, null, null);
            }
            PartnerData data = new PartnerData(type, code, name, place.getId(), network.getId(), address, phone,
                    headName, licenceNumber, licenceExpiry, contactPerson, contactPhone, joinedOn);
            if (partner == null) {
                return new PlannedRow(new Line(row.line(), code, name, PartnerImportAction.CREATE, List.of(),
                        List.of(), 0), data, null, Boolean.FALSE.equals(active) ? false : null);
            }
            Boolean activeChange = active == null || active == partner.isActive() ? null : active;
            List<Change> changes = changes(partner, data, place, activeChange);
            PartnerImportAction action = changes.isEmpty() ? PartnerImportAction.UNCHANGED : PartnerImportAction.UPDATE;
            return new PlannedRow(new Line(row.line(), code, name, action, changes, List.of(), partner.getVersion()),
                    data, partner.getId(), activeChange);
        }

        /** Puskesmas rows come with an exported list; a puskesmas the registry does not know is a mistake. */
        private PlannedRow puskesmasRow(Facility existing) {
            if (existing == null || existing.getType() != FacilityType.PUSKESMAS) {
                problems.add(problem(FacilityCsvColumn.TYPE, "facility.import.row.type.puskesmas"));
            }
            PartnerImportAction action = problems.isEmpty() ? PartnerImportAction.SKIP : null;
            return new PlannedRow(new Line(row.line(), written(FacilityCsvColumn.CODE), written(FacilityCsvColumn.NAME),
                    action, List.of(), problems, 0), null, null, null);
        }

        private String code() {
            String code = upper(row.get(FacilityCsvColumn.CODE));
            if (code.isEmpty()) {
                problems.add(problem(FacilityCsvColumn.CODE, "facility.import.row.required"));
                return null;
            }
            if (code.length() > CODE_MAX) {
                problems.add(tooLong(FacilityCsvColumn.CODE, code, CODE_MAX));
                return null;
            }
            if (!CODE.matcher(code).matches()) {
                problems.add(problem(FacilityCsvColumn.CODE, "facility.import.row.code.format"));
                return null;
            }
            Integer first = firstLineOfCode.putIfAbsent(code, row.line());
            if (first != null) {
                problems.add(problem(FacilityCsvColumn.CODE, "facility.import.row.code.duplicate",
                        String.valueOf(first)));
            }
            return code;
        }

        private FacilityType type() {
            String text = row.get(FacilityCsvColumn.TYPE);
            if (text.isEmpty()) {
                problems.add(problem(FacilityCsvColumn.TYPE, "facility.import.row.required"));
                return null;
            }
            FacilityType type = FacilityCsvValues.readType(text).orElse(null);
            if (type == null) {
                problems.add(problem(FacilityCsvColumn.TYPE, "facility.import.row.type.unknown", shown(text)));
            }
            return type;
        }

        private Kelurahan kelurahan(Facility partner) {
            String code = upper(row.get(FacilityCsvColumn.KELURAHAN_CODE));
            if (code.isEmpty()) {
                problems.add(problem(FacilityCsvColumn.KELURAHAN_CODE, "facility.import.row.required"));
                return null;
            }
            Kelurahan place = kelurahanByCode.get(code);
            if (place == null) {
                problems.add(problem(FacilityCsvColumn.KELURAHAN_CODE, "facility.import.row.kelurahan.unknown",
                        shown(row.get(FacilityCsvColumn.KELURAHAN_CODE))));
                return null;
            }
            boolean unchanged = partner != null && partner.getKelurahan() != null
                    && partner.getKelurahan().getId().equals(place.getId());
            if (!place.isActive() && !unchanged) {
                problems.add(problem(FacilityCsvColumn.KELURAHAN_CODE, "facility.import.row.kelurahan.inactive",
                        place.getName()));
            }
            return place;
        }

        private Facility network(Facility partner) {
            String code = upper(row.get(FacilityCsvColumn.NETWORK_CODE));
            if (code.isEmpty()) {
                problems.add(problem(FacilityCsvColumn.NETWORK_CODE, "facility.import.row.required"));
                return null;
            }
            Facility puskesmas = byCode.get(code);
            if (puskesmas == null || puskesmas.getType() != FacilityType.PUSKESMAS) {
                problems.add(problem(FacilityCsvColumn.NETWORK_CODE, "facility.import.row.network.unknown",
                        shown(row.get(FacilityCsvColumn.NETWORK_CODE))));
                return null;
            }
            if (partner != null && !Objects.equals(partner.getNetworkPuskesmasId(), puskesmas.getId())) {
                problems.add(problem(FacilityCsvColumn.NETWORK_CODE, "facility.import.row.network.differs",
                        partner.getNetworkPuskesmas().getName()));
            } else if (partner == null && !puskesmas.isActive()) {
                problems.add(problem(FacilityCsvColumn.NETWORK_CODE, "facility.import.row.network.inactive",
                        puskesmas.getName()));
            }
            return puskesmas;
        }

        private String text(FacilityCsvColumn column, int max, boolean required, Facility partner,
                            Function<Facility, String> stored) {
            if (!csv.has(column)) {
                return partner == null ? null : stored.apply(partner);
            }
            return cell(column, max, required);
        }

        /** The text of a column the file has; null for an empty cell. */
        private String cell(FacilityCsvColumn column, int max, boolean required) {
            String text = row.get(column);
            if (text.isEmpty()) {
                if (required) {
                    problems.add(problem(column, "facility.import.row.required"));
                }
                return null;
            }
            if (text.length() > max) {
                problems.add(tooLong(column, text, max));
            }
            return text;
        }

        private String phone(FacilityCsvColumn column, Facility partner, Function<Facility, String> stored) {
            if (!csv.has(column)) {
                return partner == null ? null : stored.apply(partner);
            }
            String text = row.get(column);
            if (text.isEmpty()) {
                return null;
            }
            if (!PHONE.matcher(text).matches()) {
                problems.add(problem(column, "Phone"));
            }
            return text;
        }

        /** A date column: an empty cell clears the licence expiry; an empty join date keeps the stored one. */
        private LocalDate date(FacilityCsvColumn column, Facility partner, Function<Facility, LocalDate> stored) {
            if (!csv.has(column) || (row.get(column).isEmpty() && column == FacilityCsvColumn.JOINED_ON)) {
                return partner == null ? null : stored.apply(partner);
            }
            String text = row.get(column);
            if (text.isEmpty()) {
                return null;
            }
            LocalDate date = FacilityCsvValues.readDate(text).orElse(null);
            if (date == null) {
                problems.add(problem(column, "facility.import.row.date.invalid", shown(text)));
            } else if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                problems.add(problem(column, "ReasonableDate"));
            }
            return date;
        }

        /** The status column: empty (or absent) leaves the active flag as it is; new partners start active. */
        private Boolean status() {
            String text = row.get(FacilityCsvColumn.STATUS);
            if (text == null || text.isEmpty()) {
                return null;
            }
            Boolean active = FacilityCsvValues.readStatus(text).orElse(null);
            if (active == null) {
                problems.add(problem(FacilityCsvColumn.STATUS, "facility.import.row.status.unknown", shown(text)));
            }
            return active;
        }

        private List<Change> changes(Facility partner, PartnerData data, Kelurahan place, Boolean activeChange) {
            Changes changes = Changes.of()
                    .field("facility.type", FacilityCsvValues.type(partner.getType()),
                            FacilityCsvValues.type(data.type()))
                    .field("facility.name", partner.getName(), data.name())
                    .field("facility.kelurahan", partner.getKelurahan() == null ? null : partner.getKelurahan().getName(),
                            place.getName())
                    .field("facility.address", partner.getAddress(), data.address())
                    .field("facility.phone", partner.getPhone(), data.phone())
                    .field("facility.headName.partner", partner.getHeadName(), data.headName())
                    .field("facility.licenceNumber", partner.getLicenceNumber(), data.licenceNumber())
                    .field("facility.licenceExpiry", partner.getLicenceExpiry(), data.licenceExpiry())
                    .field("facility.contactPerson", partner.getContactPerson(), data.contactPerson())
                    .field("facility.contactPhone", partner.getContactPhone(), data.contactPhone());
            if (data.joinedOn() != null) {
                changes.field("facility.joinedOn", partner.getJoinedOn(), data.joinedOn());
            }
            if (activeChange != null) {
                changes.field("facility.status", FacilityCsvValues.status(partner.isActive()),
                        FacilityCsvValues.status(activeChange));
            }
            return changes.list().stream().map(c -> new Change(c.field(), c.oldValue(), c.newValue())).toList();
        }

        private String written(FacilityCsvColumn column) {
            return FacilityCsvFile.abbreviate(row.get(column));
        }

        private static Problem tooLong(FacilityCsvColumn column, String text, int max) {
            return problem(column, "facility.import.row.tooLong", String.valueOf(text.length()), String.valueOf(max));
        }

        private static Problem problem(FacilityCsvColumn column, String key, String... arguments) {
            return new Problem(column.header(), key, List.of(arguments));
        }

        private static String shown(String text) {
            return FacilityCsvFile.abbreviate(text);
        }
    }

    private static List<String> headers(Use use) {
        return Arrays.stream(FacilityCsvColumn.values()).filter(c -> c.use() == use).map(FacilityCsvColumn::header)
                .toList();
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }

    private static void requireAdministrator(AccessScope scope) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator imports partners");
        }
    }
}

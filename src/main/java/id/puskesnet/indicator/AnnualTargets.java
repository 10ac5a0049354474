package id.puskesnet.indicator;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.indicator.domain.TargetSheet;
import id.puskesnet.indicator.domain.TargetSheetRepository;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual targets (sasaran) per puskesmas, year and target kind, kept by the DKK administrator: a grid page, a
 * CSV import applied whole or not at all, and "copy from last year". Every change to a year goes through the
 * year's {@link TargetSheet}, so a change made on a stale page is a conflict, and is audited on it.
 */
@Service
@Transactional(readOnly = true)
public class AnnualTargets {

    public static final String AUDIT_TYPE = "TARGET_SHEET";
    public static final String CODE_COLUMN = "kode_puskesmas";
    public static final List<String> INFORMATION_COLUMNS = List.of("nama_puskesmas", "kecamatan");
    /** The version of a year whose targets were never saved. */
    public static final int NEVER_SAVED = -1;
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetSheetRepository sheets;
    private final IndicatorCatalog catalog;
    private final AuditLog audit;
    private final Clock clock;

    AnnualTargets(NamedParameterJdbcTemplate jdbc, TargetSheetRepository sheets, IndicatorCatalog catalog,
                  AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.sheets = sheets;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of puskesmas (active ones, and inactive ones with targets that year) with their targets. */
    public TargetGrid grid(AccessScope scope, int year, Long kecamatanId, String search, Pageable pageable) {
        requireAdministrator(scope);
        MapSqlParameterSource params = new MapSqlParameterSource("year", year);
        StringBuilder where = new StringBuilder(" where p.type = 'PUSKESMAS' and (p.active or exists (select 1 from "
                + "annual_target t where t.puskesmas_id = p.id and t.target_year = :year))");
        if (kecamatanId != null) {
            where.append(" and p.kecamatan_id = :kecamatan");
            params.addValue("kecamatan", kecamatanId);
        }
        if (search != null && !search.isBlank()) {
            where.append(" and (lower(p.name) like :search or lower(p.code) like :search)");
            params.addValue("search", "%" + search.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "")
                    + "%");
        }
        Long total = jdbc.queryForObject("select count(*) from facility p" + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<NetworkInfo> puskesmas = jdbc.query("""
                select p.id, p.code, p.name, p.active, k.id as kecamatan_id, k.name as kecamatan_name
                from facility p join kecamatan k on k.id = p.kecamatan_id""" + where
                + " order by k.name, p.name, p.id limit :limit offset :offset", params,
                (rs, n) -> new NetworkInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("kecamatan_id"), rs.getString("kecamatan_name"), rs.getBoolean("active")));
        Map<Long, Map<Long, Long>> amounts = amounts(year, puskesmas.stream().map(NetworkInfo::id).toList());
        List<TargetGrid.Row> rows = puskesmas.stream()
                .map(p -> new TargetGrid.Row(p, amounts.getOrDefault(p.id(), Map.of()))).toList();
        return new TargetGrid(year, version(year), catalog.targetKinds(),
                new PageImpl<>(rows, pageable, total == null ? 0 : total));
    }

    /** The year's sheet version; {@link #NEVER_SAVED} before anything was saved for the year. */
    public int version(int year) {
        return sheets.findById(year).map(TargetSheet::getVersion).orElse(NEVER_SAVED);
    }

    public List<AuditEntry> history(int year) {
        return audit.history(AUDIT_TYPE, year);
    }

    /**
     * Saves the typed cells ({@link TargetGrid#cell} → text; blank clears a target). Nothing is saved when a
     * cell is wrong: the result then maps each wrong cell to its message key. A stale version is a conflict.
     *
     * @return the cells in error; empty when saved
     */
    @Transactional
    public Map<String, String> save(AccessScope scope, int year, int version, Map<String, String> typed) {
        requireAdministrator(scope);
        requireYear(year);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<List<Long>, Long> cells = new LinkedHashMap<>();
        Set<Long> kindIds = new HashSet<>();
        catalog.targetKinds().forEach(k -> kindIds.add(k.id()));
        typed.forEach((name, text) -> {
            List<Long> key = cellKey(name);
            if (key == null || !kindIds.contains(key.get(1))) {
                return;
            }
            TargetAmounts.Parsed parsed = TargetAmounts.parse(text);
            parsed.problem().ifPresentOrElse(problem -> errors.put(name, problem), () -> cells.put(key, parsed.amount()));
        });
        Set<Long> puskesmasIds = new HashSet<>();
        cells.keySet().forEach(key -> puskesmasIds.add(key.get(0)));
        Map<Long, NetworkInfo> known = puskesmas(puskesmasIds);
        cells.keySet().removeIf(key -> !known.containsKey(key.get(0)));
        if (!errors.isEmpty()) {
            return errors;
        }
        apply(year, version, cells, known, true, AuditAction.UPDATE);
        return Map.of();
    }

    /**
     * Copies last year's targets into the year where the year has none yet for that puskesmas and kind.
     *
     * @return how many targets were copied
     */
    @Transactional
    public int copyFromPreviousYear(AccessScope scope, int year, int version) {
        requireAdministrator(scope);
        requireYear(year);
        if (year - 1 < MIN_YEAR) {
            throw new BusinessRuleException("year", "target.copy.nothing");
        }
        TargetSheet sheet = lockSheet(year, version);
        int copied = jdbc.update("""
                insert into annual_target (puskesmas_id, target_year, target_kind_id, amount)
                select o.puskesmas_id, :year, o.target_kind_id, o.amount from annual_target o
                where o.target_year = :previous and not exists (select 1 from annual_target n
                    where n.target_year = :year and n.puskesmas_id = o.puskesmas_id
                    and n.target_kind_id = o.target_kind_id)""",
                new MapSqlParameterSource("year", year).addValue("previous", year - 1));
        if (copied == 0) {
            throw new BusinessRuleException("year", "target.copy.nothing");
        }
        touch(sheet);
        audit.record(AUDIT_TYPE, year, AuditAction.IMPORT,
                Changes.of().field("target.copiedFrom", null, (year - 1) + " (" + copied + ")").list());
        return copied;
    }

    /**
     * Reads a CSV file of targets for the year: a column {@value #CODE_COLUMN}, one column per target kind code
     * (any of them, in any order), and optionally {@link #INFORMATION_COLUMNS}, which are ignored. Comma or
     * semicolon separated, UTF-8 with or without BOM. An empty cell leaves that target as it is.
     */
    public TargetImport read(AccessScope scope, int year, byte[] file) {
        requireAdministrator(scope);
        requireYear(year);
        int version = version(year);
        List<TargetImport.Problem> problems = new ArrayList<>();
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(problem(1, "target.import.empty"));
            return new TargetImport(year, version, 0, List.of(), problems, Map.of());
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            records = parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            problems.add(problem(1, "target.import.unreadable"));
            return new TargetImport(year, version, 0, List.of(), problems, Map.of());
        }
        Map<String, TargetKind> kindsByCode = new HashMap<>();
        catalog.targetKinds().forEach(k -> kindsByCode.put(k.code(), k));
        CSVRecord header = records.get(0);
        int line = (int) header.getRecordNumber();
        int codeColumn = -1;
        Map<Integer, TargetKind> kindColumns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            if (name.equalsIgnoreCase(CODE_COLUMN)) {
                codeColumn = i;
            } else if (kindsByCode.containsKey(name.toUpperCase(Locale.ROOT))) {
                kindColumns.put(i, kindsByCode.get(name.toUpperCase(Locale.ROOT)));
            } else if (!name.isEmpty() && !INFORMATION_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                problems.add(problem(line, "target.import.unknownColumn", shorten(name)));
            }
        }
        if (codeColumn < 0) {
            problems.add(problem(line, "target.import.noCodeColumn", CODE_COLUMN));
        }
        if (kindColumns.isEmpty()) {
            problems.add(problem(line, "target.import.noTargetColumn"));
        }
        if (!problems.isEmpty()) {
            return new TargetImport(year, version, 0, List.of(), problems, Map.of());
        }
        Map<String, NetworkInfo> byCode = puskesmasByCode();
        Map<List<Long>, Long> cells = new LinkedHashMap<>();
        Map<List<Long>, Integer> cellLines = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            int recordLine = (int) record.getRecordNumber();
            String code = codeColumn < record.size() ? record.get(codeColumn).strip() : "";
            NetworkInfo puskesmas = byCode.get(code.toUpperCase(Locale.ROOT));
            if (code.isEmpty()) {
                problems.add(problem(recordLine, "target.import.noCode"));
                continue;
            }
            if (puskesmas == null) {
                problems.add(problem(recordLine, "target.import.unknownPuskesmas", shorten(code)));
                continue;
            }
            Integer earlier = seen.putIfAbsent(puskesmas.code(), recordLine);
            if (earlier != null) {
                problems.add(problem(recordLine, "target.import.duplicate", puskesmas.code(), earlier));
                continue;
            }
            for (Map.Entry<Integer, TargetKind> column : kindColumns.entrySet()) {
                String raw = column.getKey() < record.size() ? record.get(column.getKey()) : "";
                TargetAmounts.Parsed parsed = TargetAmounts.parse(raw);
                if (parsed.error() != null) {
                    problems.add(problem(recordLine, "target.import." + parsed.error().substring("target.value.".length()),
                            column.getValue().code(), shorten(raw.strip())));
                } else if (parsed.amount() != null) {
                    List<Long> key = List.of(puskesmas.id(), column.getValue().id());
                    cells.put(key, parsed.amount());
                    cellLines.put(key, recordLine);
                }
            }
        }
        if (records.size() == 1) {
            problems.add(problem(line, "target.import.noRows"));
        }
        Map<Long, NetworkInfo> byId = new HashMap<>();
        byCode.values().forEach(p -> byId.put(p.id(), p));
        Map<Long, String> kindCodes = new HashMap<>();
        kindsByCode.values().forEach(k -> kindCodes.put(k.id(), k.code()));
        Map<Long, Map<Long, Long>> current = amounts(year, cells.keySet().stream().map(k -> k.get(0)).distinct().toList());
        List<TargetImport.Change> changes = new ArrayList<>();
        cells.forEach((key, amount) -> {
            Long old = current.getOrDefault(key.get(0), Map.of()).get(key.get(1));
            if (!amount.equals(old)) {
                NetworkInfo p = byId.get(key.get(0));
                changes.add(new TargetImport.Change(cellLines.get(key), p.code(), p.name(), kindCodes.get(key.get(1)),
                        old, amount));
            }
        });
        return new TargetImport(year, version, records.size() - 1, changes, problems, cells);
    }

    /** Applies a file read by {@link #read}: only a file without errors, only onto the sheet it was read against. */
    @Transactional
    public int apply(AccessScope scope, TargetImport file) {
        requireAdministrator(scope);
        if (!file.valid()) {
            throw new BusinessRuleException("file", "target.import.hasErrors");
        }
        Set<Long> ids = new HashSet<>();
        file.cells().keySet().forEach(k -> ids.add(k.get(0)));
        return apply(file.year(), file.version(), new LinkedHashMap<>(file.cells()), puskesmas(ids), false,
                AuditAction.IMPORT);
    }

    /** Every puskesmas with its targets of the year, for the CSV template and export. */
    public List<TargetGrid.Row> all(AccessScope scope, int year) {
        requireAdministrator(scope);
        List<NetworkInfo> puskesmas = jdbc.query("""
                select p.id, p.code, p.name, p.active, k.id as kecamatan_id, k.name as kecamatan_name
                from facility p join kecamatan k on k.id = p.kecamatan_id
                where p.type = 'PUSKESMAS' and (p.active or exists (select 1 from annual_target t
                    where t.puskesmas_id = p.id and t.target_year = :year))
                order by k.name, p.name, p.id""", new MapSqlParameterSource("year", year),
                (rs, n) -> new NetworkInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("kecamatan_id"), rs.getString("kecamatan_name"), rs.getBoolean("active")));
        Map<Long, Map<Long, Long>> amounts = new HashMap<>();
        jdbc.query("select puskesmas_id, target_kind_id, amount from annual_target where target_year = :year",
                new MapSqlParameterSource("year", year),
                rs -> {
                    amounts.computeIfAbsent(rs.getLong(1), p -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
                });
        return puskesmas.stream().map(p -> new TargetGrid.Row(p, amounts.getOrDefault(p.id(), Map.of()))).toList();
    }

    /**
     * Writes the cells (null amount: clear) onto the year's sheet, checking its version, and audits what
     * changed. Returns how many targets changed.
     */
    private int apply(int year, int version, Map<List<Long>, Long> cells, Map<Long, NetworkInfo> puskesmas,
                      boolean clearBlank, AuditAction action) {
        TargetSheet sheet = lockSheet(year, version);
        Map<Long, Map<Long, Long>> current = amounts(year, new ArrayList<>(puskesmas.keySet()));
        Map<Long, String> kindCodes = new HashMap<>();
        catalog.targetKinds().forEach(k -> kindCodes.put(k.id(), k.code()));
        Changes changes = Changes.of();
        List<MapSqlParameterSource> deletes = new ArrayList<>();
        List<MapSqlParameterSource> inserts = new ArrayList<>();
        cells.forEach((key, amount) -> {
            Long old = current.getOrDefault(key.get(0), Map.of()).get(key.get(1));
            if ((amount == null && !clearBlank) || java.util.Objects.equals(old, amount)) {
                return;
            }
            NetworkInfo p = puskesmas.get(key.get(0));
            changes.field(p.name() + " · " + kindCodes.get(key.get(1)), old, amount);
            MapSqlParameterSource row = new MapSqlParameterSource("puskesmas", key.get(0)).addValue("year", year)
                    .addValue("kind", key.get(1)).addValue("amount", amount);
            if (old != null) {
                deletes.add(row);
            }
            if (amount != null) {
                inserts.add(row);
            }
        });
        if (changes.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("delete from annual_target where puskesmas_id = :puskesmas and target_year = :year "
                + "and target_kind_id = :kind", deletes.toArray(MapSqlParameterSource[]::new));
        jdbc.batchUpdate("insert into annual_target (puskesmas_id, target_year, target_kind_id, amount) "
                + "values (:puskesmas, :year, :kind, :amount)", inserts.toArray(MapSqlParameterSource[]::new));
        touch(sheet);
        audit.record(AUDIT_TYPE, year, action, changes.list());
        return changes.list().size();
    }

    private TargetSheet lockSheet(int year, int version) {
        TargetSheet sheet = sheets.findById(year).orElse(null);
        if (sheet == null && version == NEVER_SAVED) {
            sheet = new TargetSheet();
            sheet.setYear(year);
            return sheet;
        }
        if (sheet == null || sheet.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TargetSheet.class, year);
        }
        return sheet;
    }

    private void touch(TargetSheet sheet) {
        sheet.setUpdatedAt(clock.instant());
        sheet.setUpdatedBy(actor());
        sheets.saveAndFlush(sheet);
    }

    private Map<Long, Map<Long, Long>> amounts(int year, List<Long> puskesmasIds) {
        Map<Long, Map<Long, Long>> amounts = new HashMap<>();
        if (puskesmasIds.isEmpty()) {
            return amounts;
        }
        jdbc.query("select puskesmas_id, target_kind_id, amount from annual_target where target_year = :year "
                        + "and puskesmas_id in (:ids)", new MapSqlParameterSource("year", year).addValue("ids", puskesmasIds),
                rs -> {
                    amounts.computeIfAbsent(rs.getLong(1), p -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
                });
        return amounts;
    }

    private Map<Long, NetworkInfo> puskesmas(Set<Long> ids) {
        Map<Long, NetworkInfo> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.query("""
                select p.id, p.code, p.name, p.active, p.kecamatan_id from facility p
                where p.type = 'PUSKESMAS' and p.id in (:ids)""", new MapSqlParameterSource("ids", ids),
                rs -> {
                    found.put(rs.getLong(1), new NetworkInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getLong(5), null, rs.getBoolean(4)));
                });
        return found;
    }

    private Map<String, NetworkInfo> puskesmasByCode() {
        Map<String, NetworkInfo> found = new HashMap<>();
        jdbc.query("select p.id, p.code, p.name, p.active, p.kecamatan_id from facility p where p.type = 'PUSKESMAS'",
                rs -> {
                    found.put(rs.getString(2).toUpperCase(Locale.ROOT), new NetworkInfo(rs.getLong(1), rs.getString(2),
                            rs.getString(3), rs.getLong(5), null, rs.getBoolean(4)));
                });
        return found;
    }

    /** {@code t_<puskesmas>_<kind>} as {puskesmas id, kind id}; null for any other name. */
    static List<Long> cellKey(String name) {
        if (name == null || !name.matches("t_\\d{1,18}_\\d{1,18}")) {
            return null;
        }
        String[] parts = name.split("_");
        return List.of(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    }

    private static void requireAdministrator(AccessScope scope) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator keeps annual targets");
        }
    }

    private static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new BusinessRuleException("year", "target.year.outOfRange");
        }
    }

    private static TargetImport.Problem problem(int line, String key, Object... arguments) {
        return new TargetImport.Problem(line, key, List.of(arguments));
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return "system";
        }
        return authentication.getPrincipal() instanceof CurrentUser user ? user.getUsername() : authentication.getName();
    }
}

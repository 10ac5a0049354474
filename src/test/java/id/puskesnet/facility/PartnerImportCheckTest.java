package id.puskesnet.facility;

import static id.puskesnet.facility.ImportFile.CODE;
import static id.puskesnet.facility.ImportFile.JOINED_ON;
import static id.puskesnet.facility.ImportFile.KELURAHAN;
import static id.puskesnet.facility.ImportFile.LICENCE_EXPIRY;
import static id.puskesnet.facility.ImportFile.NAME;
import static id.puskesnet.facility.ImportFile.NETWORK;
import static id.puskesnet.facility.ImportFile.PHONE;
import static id.puskesnet.facility.ImportFile.STATUS;
import static id.puskesnet.facility.ImportFile.TYPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** What the partner import makes of a file, and that it writes all of a valid file or nothing. */
class PartnerImportCheckTest extends PostgresIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    @Autowired
    PartnerImport partnerImport;

    @Autowired
    FacilityExport export;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    String baruTengah;
    String marker;

    @BeforeEach
    void codes() {
        baruTengah = jdbc.queryForObject("select code from kelurahan where name = 'Baru Tengah'", String.class);
        marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void everyBadRowIsNamedByItsLineWithItsReasons() {
        byte[] file = ImportFile.columns(CODE, NAME, TYPE, KELURAHAN, NETWORK, PHONE, LICENCE_EXPIRY, JOINED_ON, STATUS)
                .row(code(1), "Klinik Baik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(2), "Klinik", "Klinik pratama", "9999999", "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(3), "Klinik", "TPMD", baruTengah, "PKM-TIDAK-ADA", "", "", "", "")
                .row(code(4), "Apotek Sehat", "Apotek", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(5), "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "2025-13-40", "", "")
                .row(code(6), "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "1900-01-01", "", "")
                .row(code(7), "", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(1), "Lagi", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(8), "x".repeat(10_000), "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(9), "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "<script>", "", "", "")
                .row(code(10), "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "Mungkin")
                .row("PKM-BARU-TENGAH", "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row("KP-BAHAGIA-HUSADA", "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(11), "Puskesmas Baru", "Puskesmas", baruTengah, "", "", "", "", "")
                .row("", "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row("KP " + marker, "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "", "")
                .row(code(12), "Klinik", "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "", "", "9999-01-01", "")
                .row(code(13), "Klinik", "", "", "", "", "", "", "")
                .bytes();

        PartnerImportCheck check = partnerImport.check(ADMIN, file);

        assertThat(check.valid()).isFalse();
        assertThat(check.goodLines()).extracting(PartnerImportCheck.Line::line).containsExactly(2);
        assertThat(check.goodLines().get(0).action()).isEqualTo(PartnerImportAction.CREATE);
        assertThat(problemsByLine(check)).containsExactlyEntriesOf(orderedMap(
                3, List.of("Kode kelurahan: facility.import.row.kelurahan.unknown [9999999]"),
                4, List.of("Kode puskesmas jejaring: facility.import.row.network.unknown [PKM-TIDAK-ADA]"),
                5, List.of("Jenis: facility.import.row.type.unknown [Apotek]"),
                6, List.of("Masa berlaku izin: facility.import.row.date.invalid [2025-13-40]"),
                7, List.of("Masa berlaku izin: ReasonableDate []"),
                8, List.of("Nama: facility.import.row.required []"),
                9, List.of("Kode: facility.import.row.code.duplicate [2]"),
                10, List.of("Nama: facility.import.row.tooLong [10000, 150]"),
                11, List.of("Telepon: Phone []"),
                12, List.of("Status: facility.import.row.status.unknown [Mungkin]"),
                13, List.of("Kode: facility.import.row.code.puskesmas [Puskesmas Baru Tengah]"),
                14, List.of("Kode puskesmas jejaring: facility.import.row.network.differs [Puskesmas Gunung Bahagia]"),
                15, List.of("Jenis: facility.import.row.type.puskesmas []"),
                16, List.of("Kode: facility.import.row.required []"),
                17, List.of("Kode: facility.import.row.code.format []"),
                18, List.of("Tanggal bergabung: ReasonableDate []"),
                19, List.of("Jenis: facility.import.row.required []", "Kode kelurahan: facility.import.row.required []",
                        "Kode puskesmas jejaring: facility.import.row.required []")));
    }

    @Test
    void anExportedListReimportsWithoutAChange() {
        byte[] everything = export.csv(ADMIN, FacilityFilter.none(), Sort.by("name", "id"));

        PartnerImportCheck check = partnerImport.check(ADMIN, everything);

        assertThat(check.badLines()).isEmpty();
        assertThat(check.valid()).isTrue();
        assertThat(check.writes()).isZero();
        assertThat(check.skipped()).isGreaterThanOrEqualTo(24);
        assertThat(check.unchanged()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aChangedExportUpdatesOnlyWhatChangedAndAddsTheNewRows() {
        long partner = newPartner("Klinik Ekspor " + marker, "0542-100100");
        String exported = new String(export.csv(ADMIN, new FacilityFilter(marker, null, null, null, null),
                Sort.by("name")), StandardCharsets.UTF_8);
        String changed = exported.replace("0542-100100", "0542-200200")
                + code(2) + ",Klinik Baru " + marker + ",TPMD,,"  + baruTengah + ",,PKM-BARU-TENGAH\r\n";

        PartnerImportCheck check = partnerImport.check(ADMIN, changed.getBytes(StandardCharsets.UTF_8));

        assertThat(check.valid()).isTrue();
        assertThat(check.lines()).extracting(PartnerImportCheck.Line::action)
                .containsExactly(PartnerImportAction.UPDATE, PartnerImportAction.CREATE);
        assertThat(check.lines().get(0).changes())
                .containsExactly(new PartnerImportCheck.Change("facility.phone", "0542-100100", "0542-200200"));

        assertThat(partnerImport.apply(ADMIN, changed.getBytes(StandardCharsets.UTF_8), check))
                .isEqualTo(new PartnerImportResult(1, 1));
        FacilityDetails updated = facilities.details(ADMIN, partner);
        assertThat(updated.phone()).isEqualTo("0542-200200");
        assertThat(updated.address()).isEqualTo("Jl. Ekspor 1");
        assertThat(updated.history()).extracting(AuditEntry::action).startsWith(AuditAction.UPDATE);
        FacilityOption created = facilities.findByCode(code(2)).orElseThrow();
        assertThat(created.type()).isEqualTo(FacilityType.TPMD);
        FacilityDetails createdDetails = facilities.details(ADMIN, created.id());
        assertThat(createdDetails.networkPuskesmasName()).isEqualTo("Puskesmas Baru Tengah");
        assertThat(createdDetails.history()).extracting(AuditEntry::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void aColumnLeftOutKeepsTheStoredValueAndAnEmptyCellClearsIt() {
        long partner = newPartner("Klinik Kolom " + marker, "0542-300300");
        byte[] withoutPhone = ImportFile.columns(CODE, NAME, TYPE, KELURAHAN, NETWORK, ImportFile.ADDRESS)
                .row(codeOf(partner), "Klinik Kolom " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "")
                .bytes();

        PartnerImportCheck check = partnerImport.check(ADMIN, withoutPhone);
        partnerImport.apply(ADMIN, withoutPhone, check);

        FacilityDetails after = facilities.details(ADMIN, partner);
        assertThat(after.phone()).isEqualTo("0542-300300");
        assertThat(after.address()).isNull();
        assertThat(after.licenceExpiry()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void theStatusColumnDeactivatesAndNewRowsMayStartInactive() {
        long partner = newPartner("Klinik Status " + marker, null);
        byte[] file = ImportFile.columns(CODE, NAME, TYPE, KELURAHAN, NETWORK, STATUS)
                .row(codeOf(partner), "Klinik Status " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "Nonaktif")
                .row(code(2), "Klinik Tutup " + marker, "klinik_pratama", baruTengah, "pkm-baru-tengah", "nonaktif")
                .bytes();

        PartnerImportCheck check = partnerImport.check(ADMIN, file);
        assertThat(check.lines().get(0).changes())
                .containsExactly(new PartnerImportCheck.Change("facility.status", "Aktif", "Nonaktif"));
        partnerImport.apply(ADMIN, file, check);

        assertThat(facilities.details(ADMIN, partner).active()).isFalse();
        assertThat(facilities.details(ADMIN, partner).history()).extracting(AuditEntry::action)
                .startsWith(AuditAction.DEACTIVATE);
        FacilityDetails created = facilities.details(ADMIN, facilities.findByCode(code(2)).orElseThrow().id());
        assertThat(created.active()).isFalse();
        assertThat(created.type()).isEqualTo(FacilityType.KLINIK_PRATAMA);
    }

    @Test
    void excelStyleFilesAreRead() {
        String semicolons = "Kode;Nama;Jenis;Kode kelurahan;Kode puskesmas jejaring;Telepon;Masa berlaku izin\r\n"
                + code(1) + ";\"Klinik; Titik Koma\";TPMD;" + baruTengah + ";PKM-BARU-TENGAH;'+62 542 1234;31/12/2027\r\n"
                + ";;;;;;\r\n";

        PartnerImportCheck check = partnerImport.check(ADMIN, semicolons.getBytes(StandardCharsets.UTF_8));

        assertThat(check.valid()).isTrue();
        assertThat(check.lines()).singleElement().satisfies(line -> {
            assertThat(line.line()).isEqualTo(2);
            assertThat(line.name()).isEqualTo("Klinik; Titik Koma");
        });
        partnerImport.apply(ADMIN, semicolons.getBytes(StandardCharsets.UTF_8), check);
        FacilityDetails created = facilities.details(ADMIN, facilities.findByCode(code(1)).orElseThrow().id());
        assertThat(created.phone()).isEqualTo("+62 542 1234");
        assertThat(created.licenceExpiry()).isEqualTo(LocalDate.of(2027, 12, 31));
    }

    @Test
    void aLineBreakInAQuotedCellKeepsTheLineNumbersOfTheRowsAfterIt() {
        byte[] file = ImportFile.required()
                .row(code(1), "Klinik\ndua baris", "TPMD", baruTengah, "PKM-BARU-TENGAH")
                .row(code(2), "Klinik", "TPMD", "0000", "PKM-BARU-TENGAH")
                .bytes();

        assertThat(problemsByLine(partnerImport.check(ADMIN, file))).containsOnlyKeys(4);
    }

    @Test
    void markupIsJustText() {
        String markup = "<script>alert('x')</script> Klinik " + marker;
        byte[] file = ImportFile.required().row(code(1), markup, "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes();

        partnerImport.apply(ADMIN, file, partnerImport.check(ADMIN, file));

        assertThat(facilities.details(ADMIN, facilities.findByCode(code(1)).orElseThrow().id()).name())
                .isEqualTo(markup);
    }

    @Test
    void nothingIsWrittenFromAFileWithABadRow() {
        byte[] file = ImportFile.required()
                .row(code(1), "Klinik Baik", "TPMD", baruTengah, "PKM-BARU-TENGAH")
                .row(code(2), "Klinik Buruk", "TPMD", "0000", "PKM-BARU-TENGAH")
                .bytes();
        PartnerImportCheck check = partnerImport.check(ADMIN, file);

        assertThatThrownBy(() -> partnerImport.apply(ADMIN, file, check))
                .isInstanceOf(PartnerImportOutdatedException.class);
        assertThat(facilities.findByCode(code(1))).isEmpty();
    }

    @Test
    void aChangeAfterThePreviewStopsTheWholeImport() {
        long partner = newPartner("Klinik Basi " + marker, "0542-400400");
        byte[] file = ImportFile.columns(CODE, NAME, TYPE, KELURAHAN, NETWORK, PHONE)
                .row(code(2), "Klinik Baru " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH", "")
                .row(codeOf(partner), "Klinik Basi " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "0542-500500")
                .bytes();
        PartnerImportCheck seen = partnerImport.check(ADMIN, file);
        FacilityDetails before = facilities.details(ADMIN, partner);
        registry.updateContact(ADMIN, partner, new ContactData("Jl. Lain", "0542-600600", null, null),
                before.version());

        assertThatThrownBy(() -> partnerImport.apply(ADMIN, file, seen))
                .isInstanceOf(PartnerImportOutdatedException.class);
        assertThat(facilities.details(ADMIN, partner).phone()).isEqualTo("0542-600600");
        assertThat(facilities.findByCode(code(2))).isEmpty();
    }

    @Test
    void theReadmeShowsTheHeaderLineAndAMinimalFileThatImports() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        byte[] minimal = Files.readAllBytes(Path.of("src/test/resources/import/minimal-partner-import.csv"));

        assertThat(readme).contains("\n  " + partnerImport.headerLine() + "\n");
        for (String line : new String(minimal, StandardCharsets.UTF_8).split("\r\n")) {
            assertThat(readme).contains("\n  " + line + "\n");
        }
        PartnerImportCheck check = partnerImport.check(ADMIN, minimal);
        assertThat(check.valid()).isTrue();
        assertThat(check.lines()).extracting(PartnerImportCheck.Line::action).containsExactly(PartnerImportAction.CREATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\uFEFF", " \r\n \r\n"})
    void anEmptyFileIsSaidToBeEmpty(String content) {
        assertThat(partnerImport.check(ADMIN, content.getBytes(StandardCharsets.UTF_8)).fileProblem())
                .isEqualTo("facility.import.file.empty");
    }

    @Test
    void problemsOfTheWholeFileAreNamed() {
        assertThat(fileProblem("Kode,Nama,Jenis,Kode kelurahan,Kode puskesmas jejaring\r\n"))
                .isEqualTo("facility.import.file.noRows []");
        assertThat(fileProblem("Kode,Nama\r\nA,B\r\n"))
                .isEqualTo("facility.import.file.missingColumns [Jenis, Kode kelurahan, Kode puskesmas jejaring]");
        assertThat(fileProblem("Kode,Nama,Jenis,Kode kelurahan,Kode puskesmas jejaring,Warna\r\nA,B,C,D,E,F\r\n"))
                .startsWith("facility.import.file.unknownColumns [\"Warna\", Kode, Nama,");
        assertThat(fileProblem("Kode,Nama,Jenis,Kode kelurahan,Kode puskesmas jejaring,nama\r\nA,B,C,D,E,F\r\n"))
                .isEqualTo("facility.import.file.doubledColumns [\"Nama\"]");
        assertThat(fileProblem("Kode,Nama,Jenis,Kode kelurahan,Kode puskesmas jejaring\r\nA,B,C,D,E\r\nA,\"B,C,D,E\r\n"))
                .isEqualTo("facility.import.file.malformed [3]");
        assertThat(fileProblem("Kode,Nama,Jenis,Kode kelurahan,Kode puskesmas jejaring\r\n"
                + "A,B,C,D,E\r\n".repeat(FacilityCsvFile.MAX_ROWS + 1)))
                .isEqualTo("facility.import.file.tooManyRows [2000]");
    }

    @Test
    void otherEncodingsAndOtherFilesAreRefused() {
        byte[] latin1 = "Kode,Nama\r\nA,Klinik Sehat Sentosa \u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(partnerImport.check(ADMIN, latin1).fileProblem()).isEqualTo("facility.import.file.encoding");
        byte[] utf16 = "Kode,Nama\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(partnerImport.check(ADMIN, withPrefix(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16)).fileProblem())
                .isEqualTo("facility.import.file.notCsv");
        byte[] xlsx = withPrefix(new byte[] {'P', 'K', 3, 4}, "[Content_Types].xml".getBytes(StandardCharsets.UTF_8));
        assertThat(partnerImport.check(ADMIN, xlsx).fileProblem()).isEqualTo("facility.import.file.notCsv");
        assertThat(partnerImport.check(ADMIN, new byte[] {'K', 0, 'o', 0}).fileProblem())
                .isEqualTo("facility.import.file.notCsv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"DKK_OFFICER", "PUSKESMAS_HEAD", "PUSKESMAS_STAFF", "PARTNER"})
    void onlyTheAdministratorImports(String role) {
        AccessScope scope = new AccessScope(Role.valueOf(role), role.startsWith("DKK") ? null
                : facilities.findByCode("PKM-BARU-TENGAH").orElseThrow().id());
        byte[] file = ImportFile.required().row(code(1), "Klinik", "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes();

        assertThatThrownBy(() -> partnerImport.check(scope, file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partnerImport.apply(scope, file, partnerImport.check(ADMIN, file)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(facilities.findByCode(code(1))).isEmpty();
    }

    private long newPartner(String name, String phone) {
        long network = facilities.findByCode("PKM-BARU-TENGAH").orElseThrow().id();
        long kelurahan = jdbc.queryForObject("select id from kelurahan where code = ?", Long.class, baruTengah);
        return registry.createPartner(ADMIN, new PartnerData(FacilityType.KLINIK_PRATAMA, "KP-" + marker + "-" + name.length(),
                name, kelurahan, network, "Jl. Ekspor 1", phone, null, "503/" + marker, LocalDate.of(2027, 6, 30),
                null, null, LocalDate.of(2026, 1, 5)));
    }

    private String codeOf(long id) {
        return facilities.details(ADMIN, id).code();
    }

    private String code(int number) {
        return "IMP-" + marker + "-" + number;
    }

    private String fileProblem(String content) {
        PartnerImportCheck check = partnerImport.check(ADMIN, content.getBytes(StandardCharsets.UTF_8));
        return check.fileProblem() + " " + check.fileProblemArguments();
    }

    private static byte[] withPrefix(byte[] prefix, byte[] rest) {
        byte[] all = new byte[prefix.length + rest.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(rest, 0, all, prefix.length, rest.length);
        return all;
    }

    private static Map<Integer, List<String>> problemsByLine(PartnerImportCheck check) {
        return check.badLines().stream().collect(Collectors.toMap(PartnerImportCheck.Line::line,
                line -> line.problems().stream()
                        .map(p -> p.column() + ": " + p.messageKey() + " " + p.arguments())
                        .toList(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<Integer, List<String>> orderedMap(Object... keysAndValues) {
        Map<Integer, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> value = (List<String>) keysAndValues[i + 1];
            map.put((Integer) keysAndValues[i], value);
        }
        return map;
    }
}

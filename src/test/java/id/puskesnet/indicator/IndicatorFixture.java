package id.puskesnet.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.KecamatanData;
import id.puskesnet.facility.KelurahanData;
import id.puskesnet.facility.PartnerData;
import id.puskesnet.facility.PuskesmasData;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.DataElementOption;
import id.puskesnet.reporting.ReportService;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small hand-computed world for one year, made through the services: a kecamatan of its own with puskesmas A
 * (partners: klinik A1 and TPMD A2) and puskesmas B, their annual targets, and reports of January to March in
 * every status. The expected figures are worked out by hand in {@link IndicatorFiguresTest}.
 */
final class IndicatorFixture {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);
    static final AccessScope DKK = new AccessScope(Role.DKK_OFFICER, null);

    final int year;
    final String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    long kecamatan;
    long kelurahan;
    long a;
    long b;
    long a1;
    long a2;
    /** A2's January report: verified by A, not accepted by the DKK. */
    long a2January;
    /** A's own February report: submitted, not accepted. */
    long aFebruary;

    private final FacilityRegistry registry;
    private final WilayahRegistry wilayah;
    private final ReportService reports;
    private final DataElementCatalog elements;
    private final AnnualTargets targets;
    private final IndicatorCatalog catalog;
    private final JdbcTemplate jdbc;

    IndicatorFixture(int year, FacilityRegistry registry, WilayahRegistry wilayah, ReportService reports,
                     DataElementCatalog elements, AnnualTargets targets, IndicatorCatalog catalog, JdbcTemplate jdbc) {
        this.year = year;
        this.registry = registry;
        this.wilayah = wilayah;
        this.reports = reports;
        this.elements = elements;
        this.targets = targets;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    IndicatorFixture build() {
        long kota = jdbc.queryForObject("select min(id) from kota", Long.class);
        kecamatan = wilayah.createKecamatan(ADMIN, new KecamatanData("KU" + tag, "Kecamatan Uji " + tag, kota));
        kelurahan = wilayah.createKelurahan(ADMIN, new KelurahanData("LU" + tag, "Kelurahan Uji " + tag, kecamatan));
        a = puskesmas("PKM-A-" + tag, "Puskesmas Alfa " + tag);
        b = puskesmas("PKM-B-" + tag, "Puskesmas Beta " + tag);
        a1 = partner(FacilityType.KLINIK_PRATAMA, "KP-A1-" + tag, "Klinik Alfa Satu " + tag, a);
        a2 = partner(FacilityType.TPMD, "TPMD-A2-" + tag, "TPMD Alfa Dua " + tag, a);

        Map<String, Long> kinds = new HashMap<>();
        catalog.targetKinds().forEach(k -> kinds.put(k.code(), k.id()));
        Map<String, String> cells = new LinkedHashMap<>();
        target(cells, a, kinds, Map.of("HT_ESTIMASI", 1200, "DM_ESTIMASI", 400, "TB_ESTIMASI", 40,
                "TB_KONTAK_SASARAN", 320, "GIZI_BALITA_S", 400, "ORI_SASARAN", 200));
        target(cells, b, kinds, Map.of("HT_ESTIMASI", 2000, "DM_ESTIMASI", 500, "TB_ESTIMASI", 50,
                "TB_KONTAK_SASARAN", 400, "GIZI_BALITA_S", 800));
        targets.save(ADMIN, year, targets.version(year), cells);

        AccessScope aStaff = new AccessScope(Role.PUSKESMAS_STAFF, a);
        AccessScope bStaff = new AccessScope(Role.PUSKESMAS_STAFF, b);
        AccessScope a1User = new AccessScope(Role.PARTNER, a1);
        AccessScope a2User = new AccessScope(Role.PARTNER, a2);
        report(aStaff, a, 1, Stage.ACCEPTED, values(20, 18, 4, 4, 2, 1, 16, 8, 100, 40, 300, 240, 15, 50));
        report(a1User, a1, 1, Stage.ACCEPTED, values(10, 9, 2, 2, 1, 1, 8, 4, 50, 20, 0, 0, 0, 10));
        a2January = report(a2User, a2, 1, Stage.VERIFIED, values(5, 5, 0, 0, 0, 0, 0, 0, 30, 10, 0, 0, 0, 0));
        aFebruary = report(aStaff, a, 2, Stage.SUBMITTED, values(10, 10, 2, 2, 1, 0, 6, 3, 80, 30, 320, 250, 10, 0));
        report(aStaff, a, 3, Stage.ACCEPTED, values(30, 27, 6, 6, 3, 2, 20, 14, 120, 50, 310, 270, 12, 40));
        report(a1User, a1, 3, Stage.ACCEPTED, values(10, 10, 2, 2, 2, 0, 10, 6, 50, 20, 0, 0, 0, 10));
        report(a2User, a2, 3, Stage.SUBMITTED, values(100, 100, 0, 0, 0, 0, 0, 0, 1000, 1000, 0, 0, 0, 0));
        report(bStaff, b, 1, Stage.ACCEPTED, values(40, 30, 8, 8, 4, 2, 24, 6, 200, 60, 500, 300, 40, 100));
        report(bStaff, b, 2, Stage.DRAFT, values(999, 999, 99, 99, 9, 9, 99, 9, 9999, 999, 999, 99, 9, 99));
        report(bStaff, b, 3, Stage.ACCEPTED, values(20, 20, 4, 4, 2, 2, 16, 10, 150, 40, 480, 360, 24, 0));
        return this;
    }

    YearMonth march() {
        return YearMonth.of(year, 3);
    }

    /** A signed-in user of the fixture's facility, as MockMvc's {@code user(...)} takes it. */
    static CurrentUser user(Role role, Long facilityId, String name) {
        return new CurrentUser(-1, name, "", name, role, facilityId, name, true);
    }

    void accept(long reportId) {
        reports.accept(DKK, reportId, reports.view(DKK, reportId).version());
    }

    enum Stage { DRAFT, SUBMITTED, VERIFIED, ACCEPTED }

    private long report(AccessScope filer, long facility, int month, Stage stage, Map<String, Integer> values) {
        long id = reports.open(filer, facility, YearMonth.of(year, month));
        String type = reports.view(filer, id).facility().type();
        Map<String, String> typed = new HashMap<>();
        for (DataElementOption element : elements.reportedBy(type)) {
            typed.put(element.code(), String.valueOf(values.getOrDefault(element.code(), 0)));
        }
        var outcome = reports.save(filer, id, reports.view(filer, id).version(), typed, stage != Stage.DRAFT);
        if (!outcome.errors().isEmpty()) {
            throw new IllegalStateException("Fixture report rejected: " + outcome.errors());
        }
        boolean partner = facility != a && facility != b;
        if (partner && (stage == Stage.VERIFIED || stage == Stage.ACCEPTED)) {
            AccessScope puskesmas = new AccessScope(Role.PUSKESMAS_HEAD, a);
            reports.verify(puskesmas, id, reports.view(puskesmas, id).version());
        }
        if (stage == Stage.ACCEPTED) {
            accept(id);
        }
        return id;
    }

    private static Map<String, Integer> values(int terduga, int periksa, int kasus, int mulai, int sembuh, int lengkap,
                                               int kontak, int tpt, int ht, int dm, int d, int n, int stunting,
                                               int mr) {
        Map<String, Integer> v = new HashMap<>();
        v.put("TB_TERDUGA", terduga);
        v.put("TB_TERDUGA_PERIKSA", periksa);
        v.put("TB_KASUS", kasus);
        v.put("TB_MULAI_OBAT", mulai);
        v.put("TB_SEMBUH", sembuh);
        v.put("TB_LENGKAP", lengkap);
        v.put("TB_KONTAK_INVESTIGASI", kontak);
        v.put("TB_KONTAK_TPT", tpt);
        v.put("HT_PELAYANAN", ht);
        v.put("DM_PELAYANAN", dm);
        v.put("GIZI_D", d);
        v.put("GIZI_N", n);
        v.put("GIZI_STUNTING", stunting);
        v.put("ORI_MR", mr);
        return v;
    }

    private static void target(Map<String, String> cells, long puskesmas, Map<String, Long> kinds,
                               Map<String, Integer> amounts) {
        amounts.forEach((code, amount) -> cells.put(TargetGrid.cell(puskesmas, kinds.get(code)), String.valueOf(amount)));
    }

    private long puskesmas(String code, String name) {
        return registry.createPuskesmas(ADMIN, new PuskesmasData(code, name, kecamatan, Set.of(kelurahan), null, null,
                null, false, false, IlpStatus.BELUM, null, null, null));
    }

    private long partner(FacilityType type, String code, String name, long network) {
        return registry.createPartner(ADMIN, new PartnerData(type, code, name, kelurahan, network, null, null, null,
                null, null, null, null, LocalDate.of(2010, 1, 4)));
    }
}

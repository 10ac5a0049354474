package id.puskesnet.facility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.Kecamatan;
import id.puskesnet.facility.domain.KecamatanRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KelurahanRepository;
import id.puskesnet.facility.domain.Kota;
import id.puskesnet.facility.domain.KotaRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the wilayah reference data (kota, kecamatan, kelurahan). DKK and puskesmas users read it; only
 * the DKK administrator changes it (see {@link WilayahRegistry}); partner users have no business here.
 */
@Service
@Transactional(readOnly = true)
public class WilayahService {

    private final KotaRepository kota;
    private final KecamatanRepository kecamatan;
    private final KelurahanRepository kelurahan;
    private final FacilityRepository facilities;
    private final AuditLog audit;

    WilayahService(KotaRepository kota, KecamatanRepository kecamatan, KelurahanRepository kelurahan,
                   FacilityRepository facilities, AuditLog audit) {
        this.kota = kota;
        this.kecamatan = kecamatan;
        this.kelurahan = kelurahan;
        this.facilities = facilities;
        this.audit = audit;
    }

    public boolean canRead(AccessScope scope) {
        return scope.cityWide() || scope.puskesmasId() != null;
    }

    public boolean canEdit(AccessScope scope) {
        return scope.isAdministrator();
    }

    /** For the create and edit pages: throws {@link AccessDeniedException} unless the scope may change wilayah. */
    public void requireEditor(AccessScope scope) {
        if (!canEdit(scope)) {
            throw new AccessDeniedException("Only the DKK administrator changes the wilayah reference data");
        }
    }

    /**
     * Every kota with its kecamatan and kelurahan. A search (kecamatan or kelurahan name or code) keeps a
     * kecamatan that matches with all its kelurahan, and otherwise only the kelurahan that match.
     */
    public WilayahOverview overview(AccessScope scope, String query) {
        if (!canRead(scope)) {
            throw new AccessDeniedException("Partner users do not read the wilayah pages");
        }
        String needle = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.ROOT);

        Map<Long, List<WilayahOverview.ServingPuskesmas>> servingByKelurahan = new HashMap<>();
        Map<Long, Long> puskesmasByKecamatan = new HashMap<>();
        List<Facility> puskesmas = new ArrayList<>(facilities.findActiveWithKelurahanServed(FacilityType.PUSKESMAS));
        puskesmas.sort(Comparator.comparing(Facility::getName));
        for (Facility p : puskesmas) {
            puskesmasByKecamatan.merge(p.getKecamatan().getId(), 1L, Long::sum);
            WilayahOverview.ServingPuskesmas serving = new WilayahOverview.ServingPuskesmas(p.getId(), p.getName(),
                    scope.canView(p.getId(), null));
            for (Kelurahan k : p.getKelurahanServed()) {
                servingByKelurahan.computeIfAbsent(k.getId(), id -> new ArrayList<>()).add(serving);
            }
        }

        Map<Long, List<Kelurahan>> kelurahanByKecamatan = kelurahan.findAllOrdered().stream()
                .collect(Collectors.groupingBy(k -> k.getKecamatan().getId()));
        Map<Long, List<WilayahOverview.KecamatanEntry>> kecamatanByKota = new HashMap<>();
        for (Kecamatan k : kecamatan.findAllWithKota()) {
            List<Kelurahan> all = kelurahanByKecamatan.getOrDefault(k.getId(), List.of());
            boolean kecamatanMatches = needle == null || matches(needle, k.getCode(), k.getName());
            List<WilayahOverview.KelurahanEntry> shown = all.stream()
                    .filter(l -> kecamatanMatches || matches(needle, l.getCode(), l.getName()))
                    .map(l -> new WilayahOverview.KelurahanEntry(l.getId(), l.getCode(), l.getName(), l.isActive(),
                            servingByKelurahan.getOrDefault(l.getId(), List.of())))
                    .toList();
            if (!kecamatanMatches && shown.isEmpty()) {
                continue;
            }
            long activeKelurahan = all.stream().filter(Kelurahan::isActive).count();
            kecamatanByKota.computeIfAbsent(k.getKota().getId(), id -> new ArrayList<>())
                    .add(new WilayahOverview.KecamatanEntry(k.getId(), k.getCode(), k.getName(), k.isActive(),
                            activeKelurahan, puskesmasByKecamatan.getOrDefault(k.getId(), 0L), shown));
        }
        List<WilayahOverview.KotaEntry> entries = kota.findAllByOrderByName().stream()
                .map(c -> new WilayahOverview.KotaEntry(c.getId(), c.getCode(), c.getName(), c.getProvince(),
                        kecamatanByKota.getOrDefault(c.getId(), List.of())))
                .toList();
        return new WilayahOverview(entries, needle == null ? null : query.strip(), canEdit(scope));
    }

    /**
     * The overview as a CSV file (UTF-8 with BOM), one row per kelurahan, with the search applied: the kelurahan
     * codes are what the partner import asks for. Headers in Bahasa Indonesia, as in the facility export.
     */
    public byte[] exportCsv(AccessScope scope, String query) {
        CsvWriter csv = new CsvWriter().row("Kota", "Kode kecamatan", "Kecamatan", "Status kecamatan",
                "Kode kelurahan", "Kelurahan", "Status kelurahan", "Puskesmas wilayah kerja");
        for (WilayahOverview.KotaEntry k : overview(scope, query).kota()) {
            for (WilayahOverview.KecamatanEntry kec : k.kecamatan()) {
                if (kec.kelurahan().isEmpty()) {
                    csv.row(k.name(), kec.code(), kec.name(), FacilityCsvValues.status(kec.active()), null, null, null,
                            null);
                }
                for (WilayahOverview.KelurahanEntry kel : kec.kelurahan()) {
                    csv.row(k.name(), kec.code(), kec.name(), FacilityCsvValues.status(kec.active()), kel.code(),
                            kel.name(), FacilityCsvValues.status(kel.active()), kel.puskesmas().stream()
                                    .map(WilayahOverview.ServingPuskesmas::name).collect(Collectors.joining("; ")));
                }
            }
        }
        return csv.toUtf8WithBom();
    }

    public KecamatanDetails kecamatan(AccessScope scope, long id) {
        requireEditor(scope);
        Kecamatan k = kecamatan.findById(id).orElseThrow(() -> new NotFoundException("Kecamatan " + id + " not found"));
        return new KecamatanDetails(k.getId(), k.getCode(), k.getName(), k.getKota().getId(), k.getKota().getName(),
                k.isActive(), k.getVersion(), audit.history(WilayahRegistry.KECAMATAN_AUDIT_TYPE, id));
    }

    public KelurahanDetails kelurahan(AccessScope scope, long id) {
        requireEditor(scope);
        Kelurahan k = kelurahan.findById(id).orElseThrow(() -> new NotFoundException("Kelurahan " + id + " not found"));
        return new KelurahanDetails(k.getId(), k.getCode(), k.getName(), k.getKecamatan().getId(),
                k.getKecamatan().getName(), k.isActive(), k.getVersion(),
                audit.history(WilayahRegistry.KELURAHAN_AUDIT_TYPE, id));
    }

    public List<KotaOption> kotaOptions() {
        return kota.findAllByOrderByName().stream().map(WilayahService::option).toList();
    }

    private static KotaOption option(Kota k) {
        return new KotaOption(k.getId(), k.getName());
    }

    private static boolean matches(String needle, String code, String name) {
        return name.toLowerCase(Locale.ROOT).contains(needle) || code.toLowerCase(Locale.ROOT).contains(needle);
    }
}

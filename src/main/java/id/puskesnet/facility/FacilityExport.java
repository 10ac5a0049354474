package id.puskesnet.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import id.puskesnet.access.AccessScope;
import id.puskesnet.common.CsvWriter;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.Kelurahan;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facility list as a CSV file: every facility the scope may see that the filter lets through, in the list's
 * order, with the columns of {@link FacilityCsvColumn}. The DKK administrator can import the partner rows back
 * ({@link PartnerImport}).
 */
@Service
@Transactional(readOnly = true)
public class FacilityExport {

    private final FacilityRepository facilities;
    private final Clock clock;

    FacilityExport(FacilityRepository facilities, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
    }

    /** UTF-8 with the byte order mark Excel needs. */
    public byte[] csv(AccessScope scope, FacilityFilter filter, Sort sort) {
        LocalDate today = LocalDate.now(clock);
        CsvWriter csv = new CsvWriter().row(Arrays.stream(FacilityCsvColumn.values()).map(FacilityCsvColumn::header)
                .toList());
        facilities.search(scope.cityWide(), scope.facilityId(), scope.puskesmasId(), filter.likePattern(),
                        filter.type(), filter.kecamatanId(), filter.active(), filter.licenceBefore(today),
                        Pageable.unpaged(sort))
                .forEach(f -> csv.row(Arrays.stream(FacilityCsvColumn.values()).map(c -> value(f, c)).toList()));
        return csv.toUtf8WithBom();
    }

    private static Object value(Facility f, FacilityCsvColumn column) {
        boolean puskesmas = f.getType() == FacilityType.PUSKESMAS;
        Kelurahan place = f.getKelurahan();
        Facility network = f.getNetworkPuskesmas();
        return switch (column) {
            case CODE -> f.getCode();
            case NAME -> f.getName();
            case TYPE -> FacilityCsvValues.type(f.getType());
            case KECAMATAN -> f.getKecamatan().getName();
            case KELURAHAN_CODE -> place == null ? null : place.getCode();
            case KELURAHAN -> place == null ? null : place.getName();
            case NETWORK_CODE -> network == null ? null : network.getCode();
            case NETWORK -> network == null ? null : network.getName();
            case ADDRESS -> f.getAddress();
            case PHONE -> f.getPhone();
            case HEAD_NAME -> f.getHeadName();
            case LICENCE_NUMBER -> f.getLicenceNumber();
            case LICENCE_EXPIRY -> FacilityCsvValues.date(f.getLicenceExpiry());
            case CONTACT_PERSON -> f.getContactPerson();
            case CONTACT_PHONE -> f.getContactPhone();
            case JOINED_ON -> FacilityCsvValues.date(f.getJoinedOn());
            case STATUS -> FacilityCsvValues.status(f.isActive());
            case OPEN_24H -> puskesmas ? FacilityCsvValues.yesNo(f.isOpen24h()) : null;
            case BLUD -> puskesmas ? FacilityCsvValues.yesNo(f.isBlud()) : null;
            case ILP_STATUS -> puskesmas ? FacilityCsvValues.ilp(f.getIlpStatus()) : null;
        };
    }
}

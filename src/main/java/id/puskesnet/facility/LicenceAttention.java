package id.puskesnet.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.LicenceDue;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner licences (izin operasional / SIP) that have expired or expire within {@link LicenceStatus#WARNING_DAYS}
 * days, on the home page of whoever sees the partner: the DKK, the puskesmas of its network, the partner itself.
 * Active partners only, the most urgent first; beyond {@link #SHOWN} one line counts the rest.
 */
@Component
@Transactional(readOnly = true)
class LicenceAttention implements AttentionSource {

    static final int SHOWN = 10;
    static final String SECTION = "attention.section.licences";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final FacilityRepository facilities;
    private final Clock clock;

    LicenceAttention(FacilityRepository facilities, Clock clock) {
        this.facilities = facilities;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> attentionFor(AccessScope scope) {
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(LicenceStatus.WARNING_DAYS);
        List<LicenceDue> partners = facilities.findLicencesDue(scope.cityWide(), scope.facilityId(), scope.puskesmasId(),
                until, Limit.of(SHOWN));
        List<AttentionItem> items = new ArrayList<>();
        for (LicenceDue partner : partners) {
            LocalDate expiry = partner.licenceExpiry();
            String link = "/facilities/" + partner.facilityId();
            if (expiry.isBefore(today)) {
                items.add(new AttentionItem(AttentionLevel.DANGER, SECTION, "attention.licence.expired",
                        List.of(partner.name(), DAY.format(expiry)), link));
            } else {
                items.add(new AttentionItem(AttentionLevel.WARNING, SECTION, "attention.licence.expiring",
                        List.of(partner.name(), DAY.format(expiry), ChronoUnit.DAYS.between(today, expiry)), link));
            }
        }
        long more = partners.size() < SHOWN ? 0
                : facilities.countLicencesDue(scope.cityWide(), scope.facilityId(), scope.puskesmasId(), until) - SHOWN;
        if (more > 0) {
            items.add(new AttentionItem(AttentionLevel.WARNING, SECTION, "attention.licence.more", List.of(more),
                    "/facilities?licence=true&active=true&sort=licenceExpiry"));
        }
        return items;
    }
}

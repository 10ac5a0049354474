package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionList;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DKK's attention list is kept between requests (its counts cost much at national scale), yet an MoU recorded
 * or terminated is in, or out of, the very next list.
 */
class DkkAttentionLiveTest extends WebIntegrationTest {

    private static final AccessScope DKK = new AccessScope(Role.DKK_OFFICER, null);

    @Autowired
    AttentionList attention;
    @Autowired
    MouRegistry registry;
    @Autowired
    MouService mous;
    @Autowired
    InstitutionRegistry institutions;
    @Autowired
    FacilityService facilities;
    @Autowired
    Clock clock;

    @Test
    void anMouRecordedOrTerminatedChangesTheNextList() {
        long puskesmas = MouFixtures.puskesmasId(facilities, MouFixtures.BARU_TENGAH);
        long partner = MouFixtures.institution(institutions, MouFixtures.unique("Polsek uji daftar DKK"),
                InstitutionSector.KEPOLISIAN, puskesmas);
        LocalDate today = LocalDate.now(clock);
        List<AttentionItem> before = attention.itemsFor(DKK);
        assertThat(attention.itemsFor(DKK)).as("kept while nothing changes").isSameAs(before);

        // Expired twenty years ago: the most urgent of the city, first of the reminders.
        long old = MouFixtures.mou(registry, puskesmas, partner, today.minusYears(25), today.minusYears(20));
        assertThat(links(attention.itemsFor(DKK))).contains("/mous/" + old);

        registry.terminate(ADMINISTRATOR, old, today, "Tidak berlaku lagi", mous.details(ADMINISTRATOR, old).version());
        assertThat(links(attention.itemsFor(DKK))).doesNotContain("/mous/" + old);
    }

    private static List<String> links(List<AttentionItem> items) {
        return items.stream().map(AttentionItem::link).toList();
    }
}

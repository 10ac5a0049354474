package id.puskesnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.PuskesmasData;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The generation of figure data moves on once a transaction that changed it has ended, never before its commit
 * (a page computed meanwhile would be kept under the new generation with the old data), once per transaction.
 */
class FigureSourcesTest extends PostgresIntegrationTest {

    @Autowired
    FigureSources sources;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    FacilityRegistry registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aChangingTransactionMovesTheGenerationOnOnceWhenItEnds() {
        long before = sources.generation();
        long during = transactions.execute(status -> {
            sources.changed();
            sources.changed();
            return sources.generation();
        });
        assertThat(during).as("not before the commit").isEqualTo(before);
        assertThat(sources.generation()).isEqualTo(before + 1);
    }

    @Test
    void aRolledBackTransactionMovesItOnToo() {
        long before = sources.generation();
        transactions.executeWithoutResult(status -> {
            sources.changed();
            status.setRollbackOnly();
        });
        assertThat(sources.generation()).isEqualTo(before + 1);
    }

    @Test
    void withoutATransactionItMovesOnAtOnce() {
        long before = sources.generation();
        sources.changed();
        assertThat(sources.generation()).isEqualTo(before + 1);
    }

    @Test
    void aReadingTransactionLeavesItAlone() {
        long before = sources.generation();
        transactions.executeWithoutResult(status -> jdbc.queryForObject("select count(*) from facility", Long.class));
        assertThat(sources.generation()).isEqualTo(before);
    }

    @Test
    void savingAFacilityMovesItOnThroughTheEntityListener() {
        long kecamatan = jdbc.queryForObject("select min(id) from kecamatan", Long.class);
        long kelurahan = jdbc.queryForObject("select min(id) from kelurahan where kecamatan_id = ?", Long.class, kecamatan);
        long before = sources.generation();
        registry.createPuskesmas(new AccessScope(Role.DKK_ADMIN, null), new PuskesmasData("PKM-GEN-1",
                "Puskesmas Generasi", kecamatan, Set.of(kelurahan), null, null, null, false, false, IlpStatus.BELUM,
                null, null, null));
        assertThat(sources.generation()).isGreaterThan(before);
    }
}

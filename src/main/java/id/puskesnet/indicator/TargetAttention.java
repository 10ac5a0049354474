package id.puskesnet.indicator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the DKK administrator which active puskesmas still lack an annual target of this year: without it
 * their coverage indicators show no figure. One statement.
 */
@Component
@Transactional(readOnly = true)
class TargetAttention implements AttentionSource {

    static final String SECTION = "attention.section.targets";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TargetAttention(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<AttentionItem> attentionFor(AccessScope scope) {
        if (!scope.isAdministrator()) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        Long missing = jdbc.queryForObject("""
                select count(*) from facility p where p.type = 'PUSKESMAS' and p.active
                and (select count(*) from annual_target t where t.puskesmas_id = p.id and t.target_year = ?)
                    < (select count(*) from target_kind)""", Long.class, year);
        if (missing == null || missing == 0) {
            return List.of();
        }
        return List.of(new AttentionItem(AttentionLevel.WARNING, SECTION, "attention.target.missing",
                List.of(missing, String.valueOf(year)), "/admin/targets?year=" + year));
    }
}

package id.puskesnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

class AuditLogTest extends PostgresIntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsWhoChangedWhichFieldsNewestFirst() {
        CurrentUser officer = new CurrentUser(4242, "auditor.test", null, "Auditor", Role.DKK_OFFICER, null, null, true);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.getAuthorities()));

        transactions.executeWithoutResult(status -> audit.record("TEST", 7, AuditAction.CREATE,
                Changes.of().field("f.name", null, "Klinik <b>Baru</b>").list()));
        transactions.executeWithoutResult(status -> audit.record("TEST", 7, AuditAction.UPDATE,
                Changes.of().field("f.name", "Klinik <b>Baru</b>", "Klinik Lama").field("f.phone", "1", "1").list()));

        List<AuditEntry> history = audit.history("TEST", 7);
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(history.get(0).actorUsername()).isEqualTo("auditor.test");
        assertThat(history.get(0).changes())
                .containsExactly(new FieldChange("f.name", "Klinik <b>Baru</b>", "Klinik Lama"));
        assertThat(audit.history("TEST", 8)).isEmpty();
    }

    @Test
    void withoutSignedInUserTheActorIsTheSystem() {
        transactions.executeWithoutResult(status -> audit.record("TEST", 99, AuditAction.IMPORT, List.of()));

        assertThat(audit.history("TEST", 99)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorUsername()).isEqualTo("system");
                    assertThat(entry.changes()).isEmpty();
                });
    }

    @Test
    void refusesToWriteOutsideTheCallersTransaction() {
        assertThatThrownBy(() -> audit.record("TEST", 1, AuditAction.UPDATE, List.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void changesKeepOnlyFieldsThatDiffer() {
        assertThat(Changes.of().field("a", "x", "x").field("b", null, "").field("c", 1, 2).list())
                .containsExactly(new FieldChange("c", "1", "2"));
    }
}

package id.puskesnet.account;

import java.time.Clock;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import id.puskesnet.access.Role;
import id.puskesnet.account.domain.UserAccount;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.audit.FieldChange;
import id.puskesnet.account.domain.UserAccountRepository;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and maintains user accounts. Callers are authorised by the security configuration. */
@Service
@Transactional
public class AccountService {

    static final String AUDIT_TYPE = "USER";
    private static final String PASSWORD_MASK = "******";

    private final UserAccountRepository users;
    private final FacilityService facilities;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final AuditLog audit;

    AccountService(UserAccountRepository users, FacilityService facilities, PasswordEncoder passwordEncoder,
                   Clock clock, AuditLog audit) {
        this.users = users;
        this.facilities = facilities;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.audit = audit;
    }

    /** The account's history, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        find(id);
        return audit.history(AUDIT_TYPE, id);
    }

    @Transactional(readOnly = true)
    public long countUsers() {
        return users.count();
    }

    @Transactional(readOnly = true)
    public Page<UserSummary> search(String query, Role role, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? ""
                : "%" + query.strip().toLowerCase().replace("%", "").replace("_", "").replace("\\", "") + "%";
        Page<UserAccount> page = users.search(pattern, role, pageable);
        Map<Long, String> facilityNames = facilities.namesById(page.stream()
                .map(UserAccount::getFacilityId).filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(u -> summary(u, facilityNames.get(u.getFacilityId())));
    }

    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        UserAccount user = find(id);
        return summary(user, user.getFacilityId() == null ? null : facilityName(user.getFacilityId()));
    }

    public long create(NewUser newUser) {
        String username = normaliseUsername(newUser.username());
        if (users.existsByUsername(username)) {
            throw new AccountRuleException("username", "user.username.taken");
        }
        checkRoleAndFacility(newUser.role(), newUser.facilityId());
        PasswordPolicy.check(username, newUser.password(), "password");
        UserAccount user = new UserAccount();
        user.setUsername(username);
        user.setFullName(newUser.fullName().strip());
        user.setRole(newUser.role());
        user.setFacilityId(newUser.role().isCityWide() ? null : newUser.facilityId());
        user.setPasswordHash(passwordEncoder.encode(newUser.password()));
        user.setPasswordChangedAt(clock.instant());
        user.setCreatedAt(clock.instant());
        long id = users.save(user).getId();
        audit.record(AUDIT_TYPE, id, AuditAction.CREATE, Changes.of()
                .field("audit.field.user.username", null, user.getUsername())
                .field("audit.field.user.fullName", null, user.getFullName())
                .field("audit.field.user.role", null, user.getRole())
                .field("audit.field.user.facility", null, facilityLabel(user.getFacilityId()))
                .list());
        return id;
    }

    public void update(long id, UserChanges changes, long actingUserId) {
        UserAccount user = find(id);
        if (user.getVersion() != changes.version()) {
            throw new OptimisticLockingFailureException("User " + id + " was changed by someone else");
        }
        checkRoleAndFacility(changes.role(), changes.facilityId());
        if (user.getRole() == Role.DKK_ADMIN && changes.role() != Role.DKK_ADMIN) {
            if (id == actingUserId) {
                throw new AccountRuleException("role", "user.role.ownAdmin");
            }
            requireAnotherActiveAdmin(user);
        }
        Long facilityId = changes.role().isCityWide() ? null : changes.facilityId();
        Changes diff = Changes.of()
                .field("audit.field.user.fullName", user.getFullName(), changes.fullName().strip())
                .field("audit.field.user.role", user.getRole(), changes.role())
                .field("audit.field.user.facility", facilityLabel(user.getFacilityId()), facilityLabel(facilityId));
        user.setFullName(changes.fullName().strip());
        user.setRole(changes.role());
        user.setFacilityId(facilityId);
        if (!diff.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, diff.list());
        }
    }

    public void setEnabled(long id, boolean enabled, long actingUserId) {
        UserAccount user = find(id);
        if (!enabled) {
            if (id == actingUserId) {
                throw new AccountRuleException("enabled", "user.disable.self");
            }
            if (user.getRole() == Role.DKK_ADMIN) {
                requireAnotherActiveAdmin(user);
            }
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(AUDIT_TYPE, id, enabled ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, List.of());
        }
    }

    public void resetPassword(long id, String newPassword) {
        UserAccount user = find(id);
        PasswordPolicy.check(user.getUsername(), newPassword, "newPassword");
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangedAt(clock.instant());
        recordPasswordChange(id);
    }

    public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
        UserAccount user = find(userId);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new AccountRuleException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check(user.getUsername(), newPassword, "newPassword");
        if (passwordEncoder.matches(newPassword, user.getPasswordHash())) {
            throw new AccountRuleException("newPassword", "password.unchanged");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        user.setPasswordChangedAt(clock.instant());
        recordPasswordChange(userId);
    }

    private void recordPasswordChange(long id) {
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE,
                List.of(new FieldChange("audit.field.user.password", null, PASSWORD_MASK)));
    }

    static String normaliseUsername(String username) {
        return Objects.requireNonNullElse(username, "").strip().toLowerCase();
    }

    private void checkRoleAndFacility(Role role, Long facilityId) {
        if (role == null) {
            throw new AccountRuleException("role", "user.role.required");
        }
        if (role.isCityWide()) {
            return;
        }
        if (facilityId == null) {
            throw new AccountRuleException("facilityId", "user.facility.required");
        }
        FacilityOption facility = facilities.option(facilityId)
                .orElseThrow(() -> new AccountRuleException("facilityId", "user.facility.unknown"));
        boolean matches = role.isPuskesmasRole() ? !facility.type().isPartner() : facility.type().isPartner();
        if (!matches) {
            throw new AccountRuleException("facilityId",
                    role.isPuskesmasRole() ? "user.facility.mustBePuskesmas" : "user.facility.mustBePartner");
        }
    }

    private void requireAnotherActiveAdmin(UserAccount admin) {
        long activeAdmins = users.countByRoleAndEnabledTrue(Role.DKK_ADMIN);
        if (activeAdmins <= (admin.isEnabled() ? 1 : 0)) {
            throw new AccountRuleException("role", "user.lastAdmin");
        }
    }

    private UserAccount find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id + " not found"));
    }

    private String facilityLabel(Long facilityId) {
        return facilityId == null ? null : facilityName(facilityId);
    }

    private String facilityName(long facilityId) {
        return facilities.option(facilityId).map(FacilityOption::name).orElse(null);
    }

    private static UserSummary summary(UserAccount u, String facilityName) {
        return new UserSummary(u.getId(), u.getUsername(), u.getFullName(), u.getRole(), u.getFacilityId(),
                facilityName, u.isEnabled(), u.getVersion());
    }
}

package id.puskesnet.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.ApiClient;
import id.puskesnet.access.ApiClientResolver;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.reporting.domain.ApiToken;
import id.puskesnet.reporting.domain.ApiTokenRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for partner systems: issued and revoked by the DKK administrator, one facility each. The token is
 * shown once; only its SHA-256 hash is stored, so a leaked database does not leak tokens.
 */
@Service
@Transactional
public class ApiTokens implements ApiClientResolver {

    public static final String AUDIT_TYPE = "API_TOKEN";
    static final String PREFIX = "pkn_";

    private final ApiTokenRepository tokens;
    private final ReportingUnits units;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository tokens, ReportingUnits units, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token for the facility; the returned text is the only copy. */
    public IssuedToken issue(AccessScope scope, long facilityId, String label) {
        requireAdministrator(scope);
        ReportingUnit unit = units.find(facilityId).orElseThrow(() -> new BusinessRuleException("facilityId",
                "apiToken.facility.unknown"));
        if (!unit.active()) {
            throw new BusinessRuleException("facilityId", "apiToken.facility.inactive");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken entity = new ApiToken();
        entity.setFacilityId(facilityId);
        entity.setTokenHash(hash(token));
        entity.setLabel(label.strip());
        entity.setCreatedAt(clock.instant());
        entity.setCreatedBy(ReportService.actor());
        tokens.save(entity);
        audit.record(AUDIT_TYPE, entity.getId(), AuditAction.CREATE, Changes.of()
                .field("apiToken.facility", null, unit.name()).field("apiToken.label", null, entity.getLabel()).list());
        return new IssuedToken(entity.getId(), unit.name(), token);
    }

    public void revoke(AccessScope scope, long id) {
        requireAdministrator(scope);
        ApiToken token = tokens.findById(id).orElseThrow(() -> new NotFoundException("token " + id));
        if (token.getRevokedAt() != null) {
            return;
        }
        token.setRevokedAt(clock.instant());
        token.setRevokedBy(ReportService.actor());
        audit.record(AUDIT_TYPE, id, AuditAction.DEACTIVATE, List.of());
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list(AccessScope scope) {
        requireAdministrator(scope);
        return tokens.findAllByOrderByRevokedAtDescCreatedAtDesc().stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public ApiTokenSummary find(AccessScope scope, long id) {
        requireAdministrator(scope);
        return tokens.findById(id).map(this::summary).orElseThrow(() -> new NotFoundException("token " + id));
    }

    @Override
    public Optional<ApiClient> resolve(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).filter(t -> t.getRevokedAt() == null).flatMap(t ->
                units.find(t.getFacilityId()).filter(ReportingUnit::active).map(unit -> {
                    t.setLastUsedAt(clock.instant());
                    Role role = unit.puskesmas() ? Role.PUSKESMAS_STAFF : Role.PARTNER;
                    return new ApiClient(t.getId(), unit.id(), role, "api:" + unit.code());
                }));
    }

    private ApiTokenSummary summary(ApiToken t) {
        return new ApiTokenSummary(t.getId(), t.getFacilityId(), units.name(t.getFacilityId()), t.getLabel(),
                t.getCreatedAt(), t.getCreatedBy(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy());
    }

    static String hash(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static void requireAdministrator(AccessScope scope) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator manages API tokens");
        }
    }

    /** A token just issued: {@code token} is shown once and never again. */
    public record IssuedToken(long id, String facilityName, String token) {
    }
}

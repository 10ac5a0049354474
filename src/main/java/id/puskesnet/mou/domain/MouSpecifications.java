package id.puskesnet.mou.domain;

import java.time.LocalDate;
import java.util.Collection;

import id.puskesnet.mou.MouStatus;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/**
 * The MoU list's filters as query conditions. The status conditions mirror {@link MouStatus#of} exactly: a test
 * checks that every MoU is listed under the status its page shows.
 */
public final class MouSpecifications {

    private MouSpecifications() {
    }

    /** The DKK sees all MoUs; puskesmas users only their puskesmas's (never the DKK's own). */
    public static Specification<Mou> visibleTo(boolean cityWide, Long puskesmasId) {
        return (root, query, cb) -> cityWide ? cb.conjunction()
                : puskesmasId == null ? cb.disjunction() : cb.equal(root.get("ownerPuskesmasId"), puskesmasId);
    }

    public static Specification<Mou> ownedBy(long puskesmasId) {
        return (root, query, cb) -> cb.equal(root.get("ownerPuskesmasId"), puskesmasId);
    }

    public static Specification<Mou> dkkLevel() {
        return (root, query, cb) -> cb.isNull(root.get("ownerPuskesmasId"));
    }

    /** Number or title contains the text; {@code likePattern} is lower case with its wildcards. */
    public static Specification<Mou> matching(String likePattern) {
        return (root, query, cb) -> cb.or(cb.like(cb.lower(root.get("number")), likePattern),
                cb.like(cb.lower(root.get("title")), likePattern));
    }

    public static Specification<Mou> servesProgram(long programId) {
        return (root, query, cb) -> cb.isMember(programId, root.<Collection<Long>>get("programIds"));
    }

    /** At least one of the given institutions is a party. */
    public static Specification<Mou> withAnyInstitution(Collection<Long> institutionIds) {
        return (root, query, cb) -> {
            Subquery<Long> parties = query.subquery(Long.class);
            Root<Mou> other = parties.from(Mou.class);
            Join<Mou, Long> institution = other.join("institutionIds");
            parties.select(other.get("id"))
                    .where(cb.equal(other.get("id"), root.get("id")), institution.in(institutionIds));
            return cb.exists(parties);
        };
    }

    public static Specification<Mou> inStatus(MouStatus status, LocalDate today) {
        return (root, query, cb) -> {
            Predicate terminated = cb.isNotNull(root.get("terminatedOn"));
            Predicate draft = cb.or(cb.isNull(root.get("signedOn")), cb.isNull(root.get("startsOn")));
            Predicate running = cb.and(cb.not(terminated), cb.not(draft));
            Predicate started = cb.lessThanOrEqualTo(root.get("startsOn"), today);
            return switch (status) {
                case TERMINATED -> terminated;
                case DRAFT -> cb.and(cb.not(terminated), draft);
                case UPCOMING -> cb.and(running, cb.greaterThan(root.get("startsOn"), today));
                case ACTIVE -> cb.and(running, started, cb.or(cb.isNull(root.get("endsOn")),
                        cb.greaterThan(root.get("endsOn"), today.plusDays(MouStatus.EXPIRING_DAYS))));
                case EXPIRING -> cb.and(running, started, cb.between(root.get("endsOn"), today,
                        today.plusDays(MouStatus.EXPIRING_DAYS)));
                case EXPIRED -> cb.and(running, started, cb.lessThan(root.get("endsOn"), today));
            };
        };
    }

    /**
     * Needs action: signed and running, ends within {@value MouStatus#EXPIRING_DAYS} days or has expired, and is
     * not renewed by a signed agreement that is still standing. The same rule as the attention list.
     */
    public static Specification<Mou> needsAttention(LocalDate today) {
        return (root, query, cb) -> cb.and(cb.isFalse(root.get("renewed")), cb.isNull(root.get("terminatedOn")),
                cb.isNotNull(root.get("signedOn")), cb.isNotNull(root.get("startsOn")), cb.isNotNull(root.get("endsOn")),
                cb.lessThanOrEqualTo(root.get("endsOn"), today.plusDays(MouStatus.EXPIRING_DAYS)));
    }
}

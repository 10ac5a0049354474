package id.puskesnet.mou.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MouRepository extends JpaRepository<Mou, Long>, JpaSpecificationExecutor<Mou> {

    Optional<Mou> findByRenewsMouId(long renewsMouId);

    List<Mou> findByRenewsMouIdIn(Collection<Long> renewsMouIds);

    /** Is the number taken by another MoU of the same side (a puskesmas, or the DKK when owner is null)? */
    @Query("""
            select case when count(m) > 0 then true else false end from Mou m
            where lower(m.number) = lower(:number)
              and ((:owner is null and m.ownerPuskesmasId is null) or m.ownerPuskesmasId = :owner)
              and (:excludeId is null or m.id <> :excludeId)
            """)
    boolean numberTaken(@Param("number") String number, @Param("owner") Long owner,
                        @Param("excludeId") Long excludeId);

    /** The dates that decide the status of every MoU in scope, for counting per status. */
    @Query("""
            select new id.puskesnet.mou.domain.MouPeriod(m.signedOn, m.startsOn, m.endsOn, m.terminatedOn)
            from Mou m where (:cityWide = true or m.ownerPuskesmasId = :puskesmasId)
            """)
    List<MouPeriod> findPeriods(@Param("cityWide") boolean cityWide, @Param("puskesmasId") Long puskesmasId);

    /** The MoUs in scope (alias m) that need attention, as {@link MouSpecifications#needsAttention} says it. */
    String NEEDING_ATTENTION = """
            where (:cityWide = true or m.owner_puskesmas_id = :puskesmasId)
              and m.renewed = false and m.terminated_on is null and m.signed_on is not null
              and m.starts_on is not null and m.ends_on is not null and m.ends_on <= :until
            """;

    /**
     * The first MoUs in scope that need attention ({@link MouSpecifications#needsAttention}: signed, running, not
     * renewed, ending by {@code until}), ending first: id, number, title, owner puskesmas id, its name and end date.
     * One range of ix_mou_attention; the owner's name comes with it, for the attention list of every page.
     */
    @Query(nativeQuery = true, value = """
            select m.id, m.number, m.title, m.owner_puskesmas_id, f.name, m.ends_on from mou m
            left join facility f on f.id = m.owner_puskesmas_id
            """ + NEEDING_ATTENTION + """
            order by m.ends_on, m.id
            limit :limit
            """)
    List<Object[]> findNeedingAttention(@Param("cityWide") boolean cityWide, @Param("puskesmasId") Long puskesmasId,
                                        @Param("until") LocalDate until, @Param("limit") int limit);

    /** How many MoUs in scope need attention, counting no further than {@code cap}. */
    @Query(nativeQuery = true, value = """
            select count(*) from (select 1 from mou m
            """ + NEEDING_ATTENTION + """
            limit :cap) c
            """)
    long countNeedingAttention(@Param("cityWide") boolean cityWide, @Param("puskesmasId") Long puskesmasId,
                               @Param("until") LocalDate until, @Param("cap") int cap);
}

package id.puskesnet.mou.domain;

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
}

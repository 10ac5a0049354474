package id.puskesnet.facility.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NetworkMembershipRepository extends JpaRepository<NetworkMembership, Long> {

    @Query("select m from NetworkMembership m join fetch m.puskesmas where m.partner.id = :partnerId order by m.validFrom desc, m.id desc")
    List<NetworkMembership> findHistory(@Param("partnerId") long partnerId);

    @Query("select m from NetworkMembership m where m.partner.id = :partnerId and m.validTo is null")
    Optional<NetworkMembership> findCurrent(@Param("partnerId") long partnerId);

    /** The network a partner belonged to on a day (for reports of that month). */
    @Query("""
            select m.puskesmas.id from NetworkMembership m
            where m.partner.id = :partnerId and m.validFrom <= :day and (m.validTo is null or m.validTo > :day)
            """)
    Optional<Long> findPuskesmasOn(@Param("partnerId") long partnerId, @Param("day") LocalDate day);
}

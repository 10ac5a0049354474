package id.puskesnet.facility.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import id.puskesnet.facility.FacilityType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FacilityRepository extends JpaRepository<Facility, Long> {

    Optional<Facility> findByCode(String code);

    /** Facilities with these codes, with their kelurahan and network, in one query (for the partner import). */
    @Query("""
            select f from Facility f left join fetch f.kelurahan left join fetch f.networkPuskesmas
            where f.code in :codes
            """)
    List<Facility> findWithPlacesByCodeIn(@Param("codes") Collection<String> codes);

    /**
     * Facilities visible under a scope, filtered. Scope parameters: cityWide, or the user's own
     * facility plus (for puskesmas users) the partners of their network.
     */
    @EntityGraph(attributePaths = {"kecamatan", "kelurahan", "networkPuskesmas"})
    @Query(value = """
            select f from Facility f
            where (:cityWide = true or f.id = :ownId or f.networkPuskesmas.id = :puskesmasId)
              and (:query = '' or lower(f.name) like :query or lower(f.code) like :query)
              and (:type is null or f.type = :type)
              and (:kecamatanId is null or f.kecamatan.id = :kecamatanId)
              and (:active is null or f.active = :active)
              and (cast(:licenceBefore as date) is null or f.licenceExpiry <= :licenceBefore)
            """,
            countQuery = """
            select count(f) from Facility f
            where (:cityWide = true or f.id = :ownId or f.networkPuskesmas.id = :puskesmasId)
              and (:query = '' or lower(f.name) like :query or lower(f.code) like :query)
              and (:type is null or f.type = :type)
              and (:kecamatanId is null or f.kecamatan.id = :kecamatanId)
              and (:active is null or f.active = :active)
              and (cast(:licenceBefore as date) is null or f.licenceExpiry <= :licenceBefore)
            """)
    Page<Facility> search(@Param("cityWide") boolean cityWide,
                          @Param("ownId") Long ownId,
                          @Param("puskesmasId") Long puskesmasId,
                          @Param("query") String query,
                          @Param("type") FacilityType type,
                          @Param("kecamatanId") Long kecamatanId,
                          @Param("active") Boolean active,
                          @Param("licenceBefore") LocalDate licenceBefore,
                          Pageable pageable);

    /**
     * Active facilities visible under the scope whose licence ends on or before {@code until}, soonest first: the
     * reminders' few columns only, without the registry's joins.
     */
    @Query("""
            select new id.puskesnet.facility.domain.LicenceDue(f.id, f.name, f.licenceExpiry) from Facility f
            where (:cityWide = true or f.id = :ownId or f.networkPuskesmas.id = :puskesmasId)
              and f.active = true and f.licenceExpiry <= :until
            order by f.licenceExpiry, f.name, f.id
            """)
    List<LicenceDue> findLicencesDue(@Param("cityWide") boolean cityWide,
                                     @Param("ownId") Long ownId,
                                     @Param("puskesmasId") Long puskesmasId,
                                     @Param("until") LocalDate until,
                                     Limit limit);

    @Query("""
            select count(f) from Facility f
            where (:cityWide = true or f.id = :ownId or f.networkPuskesmas.id = :puskesmasId)
              and f.active = true and f.licenceExpiry <= :until
            """)
    long countLicencesDue(@Param("cityWide") boolean cityWide,
                          @Param("ownId") Long ownId,
                          @Param("puskesmasId") Long puskesmasId,
                          @Param("until") LocalDate until);

    @Query("select f from Facility f left join fetch f.networkPuskesmas where f.active = true order by f.type, f.name")
    List<Facility> findAllActiveOrdered();

    /** Active facilities of a type with the kelurahan they serve (for puskesmas), in one query. */
    @Query("select distinct f from Facility f left join fetch f.kelurahanServed where f.type = :type and f.active = true")
    List<Facility> findActiveWithKelurahanServed(@Param("type") FacilityType type);

    @Query("""
            select f from Facility f join fetch f.kecamatan join fetch f.networkPuskesmas
            where f.networkPuskesmas.id = :puskesmasId order by f.active desc, f.name
            """)
    List<Facility> findNetwork(@Param("puskesmasId") long puskesmasId);
}

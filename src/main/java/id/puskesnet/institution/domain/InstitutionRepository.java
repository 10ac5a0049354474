package id.puskesnet.institution.domain;

import id.puskesnet.institution.InstitutionSector;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InstitutionRepository extends JpaRepository<Institution, Long> {

    /**
     * Institutions visible under a scope, filtered. Scope parameters: cityWide, or the city-level institutions
     * plus those of the user's puskesmas.
     */
    @Query("""
            select i from Institution i
            where (:cityWide = true or i.ownerPuskesmasId is null or i.ownerPuskesmasId = :puskesmasId)
              and (:query = '' or lower(i.name) like :query or lower(i.contactPerson) like :query)
              and (:sector is null or i.sector = :sector)
              and (:kecamatanId is null or i.kecamatanId = :kecamatanId)
              and (:ownerId is null or i.ownerPuskesmasId = :ownerId)
              and (:cityLevelOnly = false or i.ownerPuskesmasId is null)
              and (:active is null or i.active = :active)
            """)
    Page<Institution> search(@Param("cityWide") boolean cityWide,
                             @Param("puskesmasId") Long puskesmasId,
                             @Param("query") String query,
                             @Param("sector") InstitutionSector sector,
                             @Param("kecamatanId") Long kecamatanId,
                             @Param("ownerId") Long ownerId,
                             @Param("cityLevelOnly") boolean cityLevelOnly,
                             @Param("active") Boolean active,
                             Pageable pageable);
}

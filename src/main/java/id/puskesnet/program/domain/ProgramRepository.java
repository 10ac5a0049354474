package id.puskesnet.program.domain;

import java.util.List;
import java.util.Optional;

import id.puskesnet.program.ProgramKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);

    List<Program> findAllByOrderBySortOrderAscNameAsc();

    /**
     * Programs visible under a scope, filtered. Scope parameters: cityWide, or the city's programs plus the
     * innovations of the user's puskesmas.
     */
    @Query("""
            select p from Program p
            where (:cityWide = true or p.ownerPuskesmasId is null or p.ownerPuskesmasId = :puskesmasId)
              and (:query = '' or lower(p.code) like :query or lower(p.name) like :query
                   or lower(p.nameEn) like :query)
              and (:kind is null or p.kind = :kind)
              and (:ownerId is null or p.ownerPuskesmasId = :ownerId)
              and (:cityLevelOnly = false or p.ownerPuskesmasId is null)
              and (:active is null or p.active = :active)
            """)
    Page<Program> search(@Param("cityWide") boolean cityWide,
                         @Param("puskesmasId") Long puskesmasId,
                         @Param("query") String query,
                         @Param("kind") ProgramKind kind,
                         @Param("ownerId") Long ownerId,
                         @Param("cityLevelOnly") boolean cityLevelOnly,
                         @Param("active") Boolean active,
                         Pageable pageable);
}

package id.puskesnet.facility.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KelurahanRepository extends JpaRepository<Kelurahan, Long> {

    @Query("select k from Kelurahan k join fetch k.kecamatan order by k.kecamatan.name, k.name")
    List<Kelurahan> findAllOrdered();

    Optional<Kelurahan> findByCodeIgnoreCase(String code);

    /** Another kelurahan of the kecamatan with this name, ignoring case (0 as excludeId for a new one). */
    @Query("""
            select count(k) > 0 from Kelurahan k
            where k.kecamatan.id = :kecamatanId and lower(k.name) = lower(:name) and k.id <> :excludeId
            """)
    boolean nameTaken(@Param("kecamatanId") long kecamatanId, @Param("name") String name,
                      @Param("excludeId") long excludeId);

    boolean existsByKecamatanIdAndActiveTrue(long kecamatanId);
}

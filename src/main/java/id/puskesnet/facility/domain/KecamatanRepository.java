package id.puskesnet.facility.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface KecamatanRepository extends JpaRepository<Kecamatan, Long> {

    List<Kecamatan> findAllByOrderByName();

    @Query("select k from Kecamatan k join fetch k.kota order by k.name")
    List<Kecamatan> findAllWithKota();

    Optional<Kecamatan> findByCodeIgnoreCase(String code);

    /** Another kecamatan of the kota with this name, ignoring case (0 as excludeId for a new one). */
    @Query("""
            select count(k) > 0 from Kecamatan k
            where k.kota.id = :kotaId and lower(k.name) = lower(:name) and k.id <> :excludeId
            """)
    boolean nameTaken(@Param("kotaId") long kotaId, @Param("name") String name, @Param("excludeId") long excludeId);
}

package id.puskesnet.facility.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KelurahanRepository extends JpaRepository<Kelurahan, Long> {

    @Query("select k from Kelurahan k join fetch k.kecamatan order by k.kecamatan.name, k.name")
    List<Kelurahan> findAllOrdered();
}

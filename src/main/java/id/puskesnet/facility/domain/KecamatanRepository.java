package id.puskesnet.facility.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KecamatanRepository extends JpaRepository<Kecamatan, Long> {

    List<Kecamatan> findAllByOrderByName();
}

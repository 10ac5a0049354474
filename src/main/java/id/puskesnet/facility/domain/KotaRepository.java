package id.puskesnet.facility.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KotaRepository extends JpaRepository<Kota, Long> {

    List<Kota> findAllByOrderByName();
}

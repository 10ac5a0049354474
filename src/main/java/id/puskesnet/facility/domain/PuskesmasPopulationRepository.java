package id.puskesnet.facility.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PuskesmasPopulationRepository extends JpaRepository<PuskesmasPopulation, PuskesmasPopulation.Key> {

    List<PuskesmasPopulation> findByIdPuskesmasIdOrderByIdYearDesc(Long puskesmasId);
}

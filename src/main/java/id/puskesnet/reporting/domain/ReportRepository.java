package id.puskesnet.reporting.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByFacilityIdAndPeriod(long facilityId, LocalDate period);
}

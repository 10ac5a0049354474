package id.puskesnet.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReportRepository extends JpaRepository<Report, Long> {

    Optional<Report> findByFacilityIdAndPeriod(long facilityId, LocalDate period);

    /** The facility's reports of the months before the given one, newest first (for history and outliers). */
    @Query("select r from Report r where r.facilityId = ?1 and r.period < ?2 and r.period >= ?3 order by r.period desc")
    List<Report> findHistory(long facilityId, LocalDate before, LocalDate from);
}

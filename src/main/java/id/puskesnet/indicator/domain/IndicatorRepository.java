package id.puskesnet.indicator.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface IndicatorRepository extends JpaRepository<Indicator, Long> {

    /** Every indicator with its elements, in one statement. */
    @Query("select distinct i from Indicator i left join fetch i.parts order by i.sortOrder, i.code")
    List<Indicator> findAllWithParts();
}

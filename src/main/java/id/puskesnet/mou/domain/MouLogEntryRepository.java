package id.puskesnet.mou.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MouLogEntryRepository extends JpaRepository<MouLogEntry, Long> {

    List<MouLogEntry> findByMouIdOrderByHappenedOnDescIdDesc(long mouId);

    /** How many log entries each of the given MoUs has, as (mou id, count) pairs. */
    @Query("select e.mouId, count(e) from MouLogEntry e where e.mouId in :mouIds group by e.mouId")
    List<Object[]> countByMou(@Param("mouIds") Collection<Long> mouIds);
}

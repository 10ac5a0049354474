package id.puskesnet.indicator.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetSheetRepository extends JpaRepository<TargetSheet, Integer> {
}

package id.puskesnet.indicator.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetKindRepository extends JpaRepository<TargetKindEntity, Long> {

    List<TargetKindEntity> findAllByOrderBySortOrderAscCodeAsc();
}

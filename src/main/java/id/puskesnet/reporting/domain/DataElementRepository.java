package id.puskesnet.reporting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DataElementRepository extends JpaRepository<DataElement, Long> {

    List<DataElement> findAllByOrderBySortOrderAscCodeAsc();

    Optional<DataElement> findByCode(String code);

    boolean existsByCodeIgnoreCase(String code);
}

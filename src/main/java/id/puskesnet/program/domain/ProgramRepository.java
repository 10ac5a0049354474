package id.puskesnet.program.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgramRepository extends JpaRepository<Program, Long> {

    Optional<Program> findByCode(String code);

    List<Program> findAllByOrderBySortOrderAscNameAsc();
}

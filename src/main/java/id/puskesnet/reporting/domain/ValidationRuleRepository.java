package id.puskesnet.reporting.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ValidationRuleRepository extends JpaRepository<ValidationRule, Long> {

    List<ValidationRule> findByActiveTrue();
}

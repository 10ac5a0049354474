package id.puskesnet.reporting;

import java.util.LinkedHashSet;
import java.util.Locale;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.BusinessRuleException;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.reporting.domain.DataElement;
import id.puskesnet.reporting.domain.DataElementRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DKK administrator's changes to the data element catalogue. A new element appears on the entry form of
 * the facility types that report it; a code never changes once reports may use it, and an element is
 * deactivated rather than deleted so past reports keep their counts.
 */
@Service
@Transactional
public class DataElementAdministration {

    public static final String AUDIT_TYPE = "DATA_ELEMENT";

    private final DataElementRepository elements;
    private final ProgramCatalog programs;
    private final AuditLog audit;

    DataElementAdministration(DataElementRepository elements, ProgramCatalog programs, AuditLog audit) {
        this.elements = elements;
        this.programs = programs;
        this.audit = audit;
    }

    public long create(AccessScope scope, DataElementData data) {
        requireAdministrator(scope);
        String code = data.code().strip().toUpperCase(Locale.ROOT);
        if (elements.existsByCodeIgnoreCase(code)) {
            throw new BusinessRuleException("code", "dataElement.code.taken");
        }
        DataElement element = new DataElement();
        element.setCode(code);
        Changes changes = Changes.of().field("dataElement.code", null, code);
        apply(element, data, changes);
        elements.save(element);
        audit.record(AUDIT_TYPE, element.getId(), AuditAction.CREATE, changes.list());
        return element.getId();
    }

    public void update(AccessScope scope, long id, DataElementData data, int version) {
        requireAdministrator(scope);
        DataElement element = elements.findById(id).orElseThrow(() -> new NotFoundException("data element " + id));
        if (element.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(DataElement.class, id);
        }
        Changes changes = Changes.of();
        apply(element, data, changes);
        elements.saveAndFlush(element);
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    @Transactional(readOnly = true)
    public DataElementOption find(long id) {
        return elements.findById(id).map(DataElementCatalog::option)
                .orElseThrow(() -> new NotFoundException("data element " + id));
    }

    @Transactional(readOnly = true)
    public int version(long id) {
        return elements.findById(id).map(DataElement::getVersion)
                .orElseThrow(() -> new NotFoundException("data element " + id));
    }

    @Transactional(readOnly = true)
    public java.util.List<id.puskesnet.audit.AuditEntry> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    private void apply(DataElement element, DataElementData data, Changes changes) {
        if (programs.find(data.programId()).isEmpty()) {
            throw new BusinessRuleException("programId", "dataElement.program.unknown");
        }
        if (data.reporterTypes().isEmpty()) {
            throw new BusinessRuleException("reporterTypes", "dataElement.reporters.required");
        }
        changes.field("dataElement.name", element.getName(), data.name().strip())
                .field("dataElement.nameEn", element.getNameEn(), data.nameEn().strip())
                .field("dataElement.program", element.getId() == null ? null : element.getProgramId(), data.programId())
                .field("dataElement.unit", element.getUnit(), data.unit().strip())
                .field("dataElement.maxValue", element.getId() == null ? null : element.getMaxValue(), data.maxValue())
                .field("dataElement.sortOrder", element.getId() == null ? null : element.getSortOrder(), data.sortOrder())
                .field("dataElement.reporterTypes", element.getId() == null ? null : String.join(", ",
                        new java.util.TreeSet<>(element.getReporterTypes())), String.join(", ",
                        new java.util.TreeSet<>(data.reporterTypes())))
                .field("dataElement.active", element.getId() == null ? null : element.isActive(), data.active());
        element.setName(data.name().strip());
        element.setNameEn(data.nameEn().strip());
        element.setProgramId(data.programId());
        element.setUnit(data.unit().strip());
        element.setMaxValue(data.maxValue());
        element.setSortOrder(data.sortOrder());
        element.setReporterTypes(new LinkedHashSet<>(data.reporterTypes()));
        element.setActive(data.active());
    }

    private static void requireAdministrator(AccessScope scope) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator changes the data element catalogue");
        }
    }
}

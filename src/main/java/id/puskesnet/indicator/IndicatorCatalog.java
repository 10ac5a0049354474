package id.puskesnet.indicator;

import java.util.List;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.indicator.domain.Indicator;
import id.puskesnet.indicator.domain.IndicatorPart;
import id.puskesnet.indicator.domain.IndicatorRepository;
import id.puskesnet.indicator.domain.TargetKindEntity;
import id.puskesnet.indicator.domain.TargetKindRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The indicator definitions and target kinds; the DKK administrator edits an indicator's target and texts. */
@Service
@Transactional(readOnly = true)
public class IndicatorCatalog {

    public static final String AUDIT_TYPE = "INDICATOR";

    private final IndicatorRepository indicators;
    private final TargetKindRepository targetKinds;
    private final AuditLog audit;

    IndicatorCatalog(IndicatorRepository indicators, TargetKindRepository targetKinds, AuditLog audit) {
        this.indicators = indicators;
        this.targetKinds = targetKinds;
        this.audit = audit;
    }

    /** Every indicator, active or not, in catalogue order. */
    public List<IndicatorDefinition> all() {
        return indicators.findAllWithParts().stream().map(IndicatorCatalog::definition).toList();
    }

    public List<IndicatorDefinition> active() {
        return all().stream().filter(IndicatorDefinition::active).toList();
    }

    public Optional<IndicatorDefinition> find(long id) {
        return indicators.findById(id).map(IndicatorCatalog::definition);
    }

    public List<TargetKind> targetKinds() {
        return targetKinds.findAllByOrderBySortOrderAscCodeAsc().stream().map(IndicatorCatalog::kind).toList();
    }

    @Transactional
    public void update(AccessScope scope, long id, IndicatorChanges data, int version) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator edits indicators");
        }
        Indicator indicator = indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator " + id));
        if (indicator.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
        }
        Changes changes = Changes.of()
                .field("indicator.name", indicator.getName(), data.name())
                .field("indicator.nameEn", indicator.getNameEn(), data.nameEn())
                .field("indicator.targetValue", indicator.getTargetValue().stripTrailingZeros().toPlainString(),
                        data.targetValue().stripTrailingZeros().toPlainString())
                .field("indicator.targetSource", indicator.getTargetSource(), data.targetSource())
                .field("indicator.higherIsBetter", indicator.isHigherIsBetter(), data.higherIsBetter())
                .field("indicator.amberRatio", indicator.getAmberRatio().stripTrailingZeros().toPlainString(),
                        data.amberRatio().stripTrailingZeros().toPlainString())
                .field("indicator.note", indicator.getNote(), data.note())
                .field("indicator.noteEn", indicator.getNoteEn(), data.noteEn())
                .field("indicator.active", indicator.isActive(), data.active());
        if (changes.isEmpty()) {
            return;
        }
        indicator.setName(data.name());
        indicator.setNameEn(data.nameEn());
        indicator.setTargetValue(data.targetValue());
        indicator.setTargetSource(data.targetSource());
        indicator.setHigherIsBetter(data.higherIsBetter());
        indicator.setAmberRatio(data.amberRatio());
        indicator.setNote(data.note());
        indicator.setNoteEn(data.noteEn());
        indicator.setActive(data.active());
        indicators.flush();
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
    }

    public List<AuditEntry> history(long id) {
        return audit.history(AUDIT_TYPE, id);
    }

    private static IndicatorDefinition definition(Indicator i) {
        List<Long> numerator = i.getParts().stream().filter(p -> IndicatorPart.NUMERATOR.equals(p.part()))
                .map(IndicatorPart::elementId).sorted().toList();
        List<Long> denominator = i.getParts().stream().filter(p -> IndicatorPart.DENOMINATOR.equals(p.part()))
                .map(IndicatorPart::elementId).sorted().toList();
        return new IndicatorDefinition(i.getId(), i.getCode(), i.getName(), i.getNameEn(), i.getProgramId(),
                i.getUnit(), i.getCumulation(), i.isHigherIsBetter(), i.getTargetValue(), i.getTargetSource(),
                numerator, denominator, i.getDenominatorTargetKindId(), i.getAmberRatio(), i.getNote(),
                i.getNoteEn(), i.getSortOrder(), i.isActive(), i.getVersion());
    }

    private static TargetKind kind(TargetKindEntity k) {
        return new TargetKind(k.getId(), k.getCode(), k.getName(), k.getNameEn(), k.getProgramId(), k.getBasis(),
                k.getBasisEn(), k.getSortOrder());
    }
}

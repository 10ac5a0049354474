package id.puskesnet.indicator;

import java.time.YearMonth;
import java.util.List;

import id.puskesnet.reporting.CompletenessReport;

/** One puskesmas network's dashboard: its figures and trends, its annual targets, and each facility's share. */
public record PuskesmasDashboard(NetworkInfo network, YearMonth month, List<IndicatorDefinition> indicators,
                                 List<ProgramFigures> programs, List<TargetValue> targets, List<PartnerRow> partners,
                                 CompletenessReport completeness) {

    public PuskesmasDashboard {
        indicators = List.copyOf(indicators);
        programs = List.copyOf(programs);
        targets = List.copyOf(targets);
        partners = List.copyOf(partners);
    }

    /** The network's figure of the indicator. */
    public Figure figure(long indicatorId) {
        return programs.stream().flatMap(p -> p.indicators().stream())
                .filter(r -> r.definition().id() == indicatorId).map(IndicatorResult::figure)
                .findFirst().orElseThrow();
    }
}

package id.puskesnet.reporting;

import java.time.YearMonth;

import org.springframework.data.domain.Page;

/** One page of the networks' completeness, with the totals of every network in scope (not only the page's). */
public record CompletenessPage(YearMonth month, Page<CompletenessReport.Row> rows, CompletenessCounts totalMonth,
                               CompletenessCounts totalYearToDate) {
}

package id.puskesnet.indicator;

import java.util.Map;

import id.puskesnet.reporting.ReportStatus;

/**
 * One facility of a puskesmas network (the puskesmas itself first): its report of the month and its share of
 * each indicator's numerator (by indicator id), over the months the indicator's cumulation takes.
 *
 * @param status null when the facility has no report for the month
 */
public record PartnerRow(long facilityId, String code, String name, String type, Long reportId, ReportStatus status,
                         Map<Long, PartnerShare> shares) {

    public PartnerRow {
        shares = Map.copyOf(shares);
    }
}

package id.puskesnet.reporting;

/**
 * A facility as reporting sees it.
 *
 * @param networkPuskesmasId the puskesmas whose network it belongs to now; its own id for a puskesmas
 */
public record ReportingUnit(long id, String code, String name, String type, long networkPuskesmasId,
                            String networkName, boolean active) {

    public boolean puskesmas() {
        return "PUSKESMAS".equals(type);
    }
}

/**
 * Indicators (numerator ÷ denominator over data elements and annual targets, with national targets and their
 * legal sources), the annual targets (sasaran) per puskesmas, and the live dashboards of the DKK, each puskesmas
 * and each partner. Every figure is computed by {@link id.puskesnet.indicator.IndicatorFigures} from the
 * reporting module's monthly rollups, so the same number is the same on every page and export.
 * <p>
 * Facility facts (puskesmas, kecamatan) and rollups are read in SQL joins: a city dashboard spans thousands of
 * puskesmas and must stay a fixed number of statements.
 * <p>
 * With a program selected, a dashboard also lists the forum module's open follow-ups about that program.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Indicators and dashboards",
        allowedDependencies = {"access", "audit", "common", "facility", "forum", "home", "program", "reporting"})
package id.puskesnet.indicator;

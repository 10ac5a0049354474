package id.puskesnet.common.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Facts the layout shows on every page, error pages included ({@code ${@layoutInfo...}}). */
@Component("layoutInfo")
public class LayoutInfo {

    private final boolean demoData;

    LayoutInfo(@Value("${puskesnet.demo-data:false}") boolean demoData) {
        this.demoData = demoData;
    }

    /** True when the database holds the invented demo data: every page then shows a "Data demo" badge. */
    public boolean isDemoData() {
        return demoData;
    }
}

package id.puskesnet.common;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The entity listener of everything dashboard figures are computed from (facilities, targets, indicators, ...):
 * saving, changing or removing one moves {@link FigureSources} on once the transaction ends. Hibernate creates it
 * as a Spring bean, so it is given the application's {@link FigureSources}.
 */
public class FigureSourceListener {

    private final FigureSources sources;

    public FigureSourceListener(FigureSources sources) {
        this.sources = sources;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        sources.changed();
    }
}

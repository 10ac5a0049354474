package id.puskesnet.common;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The generation of the data that the DKK dashboard is computed from: reports' statuses, rollups and completeness,
 * the facility registry, targets, indicators, programs and data elements for its figures; MoUs, forums and their
 * follow-ups too for its attention list. Whatever changes them calls {@link #changed()} in its transaction (the
 * entities through {@link FigureSourceListener}); the generation moves on once that transaction has ended
 * (committed or not), so a page part, export or list cached under a generation (see {@link GenerationCache}) is
 * computed again on the first request after the change: what a user sees is live.
 * <p>
 * Moving on only after the end matters: a request that read the old generation may compute from the data before
 * or after the commit and keeps its result under the old generation, which the next request no longer asks for.
 * Moving on before the commit would let a request keep data from before the commit under the new generation.
 * <p>
 * The generation lives in this application instance: changes made by another instance or directly in the
 * database are seen once a cached entry is older than its cache's maximum age.
 */
@Component
public class FigureSources {

    private final AtomicLong generation = new AtomicLong();

    /** The current generation: a cached result computed under another one is out of date. */
    public long generation() {
        return generation.get();
    }

    /**
     * Marks the current transaction as one that changes figure data: the generation moves on when it ends. Without
     * a transaction the generation moves on at once. Cheap to call many times in one transaction.
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            generation.incrementAndGet();
            return;
        }
        for (TransactionSynchronization registered : TransactionSynchronizationManager.getSynchronizations()) {
            if (registered instanceof MoveOnWhenEnded moveOn && moveOn.owner() == this) {
                return;
            }
        }
        TransactionSynchronizationManager.registerSynchronization(new MoveOnWhenEnded(this));
    }

    private record MoveOnWhenEnded(FigureSources owner) implements TransactionSynchronization {

        @Override
        public void afterCompletion(int status) {
            owner.generation.incrementAndGet();
        }
    }
}

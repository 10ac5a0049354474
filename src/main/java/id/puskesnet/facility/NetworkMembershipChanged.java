package id.puskesnet.facility;

import java.util.Set;

/**
 * Published inside the transaction that changes who belongs to a puskesmas network or whether a facility is
 * active: a partner added, moved, deactivated or reactivated, a puskesmas added or (de)activated. Listeners that
 * keep figures per network recompute those networks in the same transaction.
 */
public record NetworkMembershipChanged(Set<Long> networkIds) {

    public NetworkMembershipChanged {
        networkIds = Set.copyOf(networkIds);
    }
}

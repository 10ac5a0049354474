package id.puskesnet.access;

import java.util.Optional;

/** Finds the partner system an API token belongs to; implemented by the module that issues tokens. */
public interface ApiClientResolver {

    /** The client of a valid, unrevoked token; empty for anything else. */
    Optional<ApiClient> resolve(String token);
}

package id.puskesnet.facility.web;

import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * The pending imports of one session, each under a random token that only this session knows. A session keeps its
 * latest few, so an abandoned preview does not hold memory for long.
 */
final class PendingImports {

    static final int KEPT = 3;
    private static final String ATTRIBUTE = PendingImports.class.getName();

    private PendingImports() {
    }

    static String add(HttpSession session, PendingImport upload) {
        LinkedHashMap<String, PendingImport> pending = pending(session);
        while (pending.size() >= KEPT) {
            pending.remove(pending.keySet().iterator().next());
        }
        String token = UUID.randomUUID().toString();
        pending.put(token, upload);
        session.setAttribute(ATTRIBUTE, pending);
        return token;
    }

    static Optional<PendingImport> get(HttpSession session, String token) {
        return Optional.ofNullable(pending(session).get(token));
    }

    static void replace(HttpSession session, String token, PendingImport upload) {
        LinkedHashMap<String, PendingImport> pending = pending(session);
        if (pending.containsKey(token)) {
            pending.put(token, upload);
            session.setAttribute(ATTRIBUTE, pending);
        }
    }

    static void remove(HttpSession session, String token) {
        LinkedHashMap<String, PendingImport> pending = pending(session);
        pending.remove(token);
        session.setAttribute(ATTRIBUTE, pending);
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, PendingImport> pending(HttpSession session) {
        Object stored = session.getAttribute(ATTRIBUTE);
        return stored instanceof LinkedHashMap<?, ?> map ? (LinkedHashMap<String, PendingImport>) map
                : new LinkedHashMap<>();
    }
}

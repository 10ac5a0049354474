package id.puskesnet.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may reach each route when the record belongs to Baru Tengah's network. Letters name the users:
 * A = DKK administrator, D = DKK officer, H = head of Gunung Bahagia, S = staff of Gunung Bahagia,
 * P = a partner clinic of Gunung Bahagia. An empty string: nobody of these. Routes without a record (lists,
 * new-record forms) say who may open them at all; lists then show only the user's own scope, which the
 * modules' tests check.
 */
final class RouteTable {

    /** Everyone signed in. */
    static final String ALL = "ADHSP";
    /** The DKK and puskesmas users, not partner clinics. */
    static final String NOT_PARTNERS = "ADHS";

    /** The error page itself: whoever opens it directly gets the generic error page, whatever the status. */
    static final String ERROR_PAGE = "*";

    private final List<Entry> entries = new ArrayList<>();

    RouteTable(RouteFixtures f) {
        // home, account, login, errors
        add("GET /", "/", ALL);
        add("GET /login", "/login", ALL);
        add("ANY /error", "/error", ERROR_PAGE);
        add("GET /account/password", "/account/password", ALL);
        add("POST /account/password", "/account/password", ALL);
        // administration
        add("GET /admin/users", "/admin/users", "A");
        add("GET /admin/users/new", "/admin/users/new", "A");
        add("POST /admin/users/new", "/admin/users/new", "A");
        add("GET /admin/users/{id}/edit", "/admin/users/" + f.user() + "/edit", "A");
        add("POST /admin/users/{id}/edit", "/admin/users/" + f.user() + "/edit", "A");
        add("GET /admin/users/{id}/password", "/admin/users/" + f.user() + "/password", "A");
        add("POST /admin/users/{id}/password", "/admin/users/" + f.user() + "/password", "A");
        add("POST /admin/users/{id}/disable", "/admin/users/" + f.user() + "/disable", "A");
        add("POST /admin/users/{id}/enable", "/admin/users/" + f.user() + "/enable", "A");
        add("GET /admin/data-elements", "/admin/data-elements", "A");
        add("GET /admin/data-elements/new", "/admin/data-elements/new", "A");
        add("POST /admin/data-elements/new", "/admin/data-elements/new", "A");
        add("GET /admin/data-elements/{id}", "/admin/data-elements/" + f.dataElement(), "A");
        add("POST /admin/data-elements/{id}", "/admin/data-elements/" + f.dataElement(), "A");
        add("GET /admin/api-tokens", "/admin/api-tokens", "A");
        add("POST /admin/api-tokens", "/admin/api-tokens", "A");
        add("GET /admin/api-tokens/{id}/revoke", "/admin/api-tokens/999999/revoke", "A");
        add("POST /admin/api-tokens/{id}/revoke", "/admin/api-tokens/999999/revoke", "A");
        // facility registry
        add("GET /facilities", "/facilities", ALL);
        add("GET /facilities/export.csv", "/facilities/export.csv", ALL);
        add("GET /facilities/{id}", "/facilities/" + f.puskesmas(), "AD");
        add("GET /facilities/partners/new", "/facilities/partners/new", "AHS");
        add("POST /facilities/partners/new", "/facilities/partners/new", "AHS");
        add("GET /facilities/partners/{id}/edit", "/facilities/partners/" + f.partner() + "/edit", "A");
        add("POST /facilities/partners/{id}/edit", "/facilities/partners/" + f.partner() + "/edit", "A");
        add("GET /facilities/partners/{id}/move", "/facilities/partners/" + f.partner() + "/move", "A");
        add("POST /facilities/partners/{id}/move", "/facilities/partners/" + f.partner() + "/move", "A");
        add("GET /facilities/puskesmas/new", "/facilities/puskesmas/new", "A");
        add("POST /facilities/puskesmas/new", "/facilities/puskesmas/new", "A");
        add("GET /facilities/puskesmas/{id}/edit", "/facilities/puskesmas/" + f.puskesmas() + "/edit", "A");
        add("POST /facilities/puskesmas/{id}/edit", "/facilities/puskesmas/" + f.puskesmas() + "/edit", "A");
        add("POST /facilities/puskesmas/{id}/population", "/facilities/puskesmas/" + f.puskesmas() + "/population", "A");
        add("GET /facilities/{id}/contact", "/facilities/" + f.partner() + "/contact", "A");
        add("POST /facilities/{id}/contact", "/facilities/" + f.partner() + "/contact", "A");
        add("POST /facilities/{id}/deactivate", "/facilities/" + f.partner() + "/deactivate", "A");
        add("POST /facilities/{id}/activate", "/facilities/" + f.partner() + "/activate", "A");
        add("GET /facilities/import", "/facilities/import", "A");
        add("POST /facilities/import", "/facilities/import", "A");
        add("GET /facilities/import/{token}", "/facilities/import/unknown-token", "A");
        add("POST /facilities/import/{token}/confirm", "/facilities/import/unknown-token/confirm", "A");
        add("POST /facilities/import/{token}/cancel", "/facilities/import/unknown-token/cancel", "A");
        add("GET /wilayah", "/wilayah", NOT_PARTNERS);
        add("GET /wilayah/export.csv", "/wilayah/export.csv", NOT_PARTNERS);
        add("GET /wilayah/kecamatan/new", "/wilayah/kecamatan/new", "A");
        add("POST /wilayah/kecamatan/new", "/wilayah/kecamatan/new", "A");
        add("GET /wilayah/kecamatan/{id}/edit", "/wilayah/kecamatan/" + f.kecamatan() + "/edit", "A");
        add("POST /wilayah/kecamatan/{id}/edit", "/wilayah/kecamatan/" + f.kecamatan() + "/edit", "A");
        add("POST /wilayah/kecamatan/{id}/deactivate", "/wilayah/kecamatan/" + f.kecamatan() + "/deactivate", "A");
        add("POST /wilayah/kecamatan/{id}/activate", "/wilayah/kecamatan/" + f.kecamatan() + "/activate", "A");
        add("GET /wilayah/kelurahan/new", "/wilayah/kelurahan/new", "A");
        add("POST /wilayah/kelurahan/new", "/wilayah/kelurahan/new", "A");
        add("GET /wilayah/kelurahan/{id}/edit", "/wilayah/kelurahan/" + f.kelurahan() + "/edit", "A");
        add("POST /wilayah/kelurahan/{id}/edit", "/wilayah/kelurahan/" + f.kelurahan() + "/edit", "A");
        add("POST /wilayah/kelurahan/{id}/deactivate", "/wilayah/kelurahan/" + f.kelurahan() + "/deactivate", "A");
        add("POST /wilayah/kelurahan/{id}/activate", "/wilayah/kelurahan/" + f.kelurahan() + "/activate", "A");
        // institutions
        add("GET /institutions", "/institutions", NOT_PARTNERS);
        add("GET /institutions/export.csv", "/institutions/export.csv", NOT_PARTNERS);
        add("GET /institutions/{id}", "/institutions/" + f.institution(), "AD");
        add("GET /institutions/new", "/institutions/new", "AHS");
        add("POST /institutions/new", "/institutions/new", "AHS");
        add("GET /institutions/{id}/edit", "/institutions/" + f.institution() + "/edit", "A");
        add("POST /institutions/{id}/edit", "/institutions/" + f.institution() + "/edit", "A");
        add("POST /institutions/{id}/deactivate", "/institutions/" + f.institution() + "/deactivate", "A");
        add("POST /institutions/{id}/activate", "/institutions/" + f.institution() + "/activate", "A");
        // monthly reports (the record: a verified report of a Baru Tengah clinic)
        add("GET /reports", "/reports", ALL);
        add("GET /reports/export.csv", "/reports/export.csv", ALL);
        add("GET /reports/completeness", "/reports/completeness", NOT_PARTNERS);
        add("GET /reports/new", "/reports/new", "HSP");
        add("POST /reports", "/reports", "HSP");
        add("GET /reports/{id}", "/reports/" + f.report(), "AD");
        add("GET /reports/{id}/edit", "/reports/" + f.report() + "/edit", "");
        add("POST /reports/{id}", "/reports/" + f.report(), "");
        add("POST /reports/{id}/verify", "/reports/" + f.report() + "/verify", "");
        add("POST /reports/{id}/accept", "/reports/" + f.report() + "/accept", "AD");
        add("GET /reports/{id}/return", "/reports/" + f.report() + "/return", "AD");
        add("POST /reports/{id}/return", "/reports/" + f.report() + "/return", "AD");
        // the JSON API takes partner-system tokens only, never a signed-in person
        add("GET /api/v1/elements", "/api/v1/elements", "");
        add("GET /api/v1/reports/{period}", "/api/v1/reports/2026-01", "");
        add("PUT /api/v1/reports/{period}", "/api/v1/reports/2026-01", "");
        // programs and innovations (the record: Baru Tengah's own innovation)
        add("GET /programs", "/programs", NOT_PARTNERS);
        add("GET /programs/export.csv", "/programs/export.csv", NOT_PARTNERS);
        add("GET /programs/{id}", "/programs/" + f.program(), "AD");
        add("GET /programs/new", "/programs/new", "AH");
        add("POST /programs/new", "/programs/new", "AH");
        add("GET /programs/{id}/edit", "/programs/" + f.program() + "/edit", "A");
        add("POST /programs/{id}/edit", "/programs/" + f.program() + "/edit", "A");
        add("POST /programs/{id}/deactivate", "/programs/" + f.program() + "/deactivate", "A");
        add("POST /programs/{id}/activate", "/programs/" + f.program() + "/activate", "A");
        // MoUs (the record: an MoU of Baru Tengah)
        add("GET /mous", "/mous", NOT_PARTNERS);
        add("GET /mous/export.csv", "/mous/export.csv", NOT_PARTNERS);
        add("GET /mous/{id}", "/mous/" + f.mou(), "AD");
        add("GET /mous/new", "/mous/new", NOT_PARTNERS);
        add("POST /mous/new", "/mous/new", NOT_PARTNERS);
        add("GET /mous/{id}/edit", "/mous/" + f.mou() + "/edit", "A");
        add("POST /mous/{id}/edit", "/mous/" + f.mou() + "/edit", "A");
        add("GET /mous/{id}/renew", "/mous/" + f.mou() + "/renew", "A");
        add("POST /mous/{id}/renew", "/mous/" + f.mou() + "/renew", "A");
        add("GET /mous/{id}/terminate", "/mous/" + f.mou() + "/terminate", "A");
        add("POST /mous/{id}/terminate", "/mous/" + f.mou() + "/terminate", "A");
        add("GET /mous/{id}/document", "/mous/" + f.mou() + "/document", "AD");
        add("POST /mous/{id}/document", "/mous/" + f.mou() + "/document", "A");
        add("GET /mous/{id}/log/new", "/mous/" + f.mou() + "/log/new", "A");
        add("POST /mous/{id}/log/new", "/mous/" + f.mou() + "/log/new", "A");
        add("GET /mous/{id}/log/{entryId}/edit", "/mous/" + f.mou() + "/log/" + f.mouLogEntry() + "/edit", "A");
        add("POST /mous/{id}/log/{entryId}/edit", "/mous/" + f.mou() + "/log/" + f.mouLogEntry() + "/edit", "A");
        add("POST /mous/{id}/log/{entryId}/delete", "/mous/" + f.mou() + "/log/" + f.mouLogEntry() + "/delete", "A");
        // dashboards (the record: Baru Tengah's dashboard), indicators and annual targets
        add("GET /dashboard", "/dashboard", ALL);
        add("GET /dashboard/puskesmas/{id}", "/dashboard/puskesmas/" + f.puskesmas(), "AD");
        add("GET /dashboard/ranking.{format}", "/dashboard/ranking.csv", "AD");
        add("GET /dashboard/trend.{format}", "/dashboard/trend.xlsx", "AD");
        add("GET /dashboard/puskesmas/{id}/trend.{format}", "/dashboard/puskesmas/" + f.puskesmas() + "/trend.csv", "AD");
        add("GET /dashboard/puskesmas/{id}/partners.{format}", "/dashboard/puskesmas/" + f.puskesmas() + "/partners.xlsx",
                "AD");
        add("GET /admin/indicators", "/admin/indicators", "A");
        add("GET /admin/indicators/{id}/edit", "/admin/indicators/" + f.indicator() + "/edit", "A");
        add("POST /admin/indicators/{id}/edit", "/admin/indicators/" + f.indicator() + "/edit", "A");
        add("GET /admin/targets", "/admin/targets", "A");
        add("POST /admin/targets", "/admin/targets", "A");
        add("POST /admin/targets/copy", "/admin/targets/copy", "A");
        add("GET /admin/targets/export.csv", "/admin/targets/export.csv", "A");
        add("POST /admin/targets/import", "/admin/targets/import", "A");
        add("POST /admin/targets/import/apply", "/admin/targets/import/apply", "A");
        // forums and follow-ups (the records: Baru Tengah's); the DKK reads, only the puskesmas changes them
        add("GET /forums", "/forums", NOT_PARTNERS);
        add("GET /forums/new", "/forums/new", "HS");
        add("POST /forums/new", "/forums/new", "HS");
        add("GET /forums/{id}", "/forums/" + f.forum(), "AD");
        add("GET /forums/{id}/edit", "/forums/" + f.forum() + "/edit", "");
        add("POST /forums/{id}/edit", "/forums/" + f.forum() + "/edit", "");
        add("POST /forums/{id}/reviews", "/forums/" + f.forum() + "/reviews", "");
        add("GET /follow-ups", "/follow-ups", NOT_PARTNERS);
        add("GET /follow-ups/export.csv", "/follow-ups/export.csv", NOT_PARTNERS);
        add("GET /follow-ups/{id}", "/follow-ups/" + f.followUp(), "AD");
        add("POST /follow-ups/{id}/progress", "/follow-ups/" + f.followUp() + "/progress", "");
        add("POST /follow-ups/{id}/evidence", "/follow-ups/" + f.followUp() + "/evidence", "");
    }

    /** The routes the table declares, without needing any records. */
    static Set<String> declared() {
        return new RouteTable(new RouteFixtures(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)).entries.stream()
                .map(Entry::route).collect(Collectors.toSet());
    }

    List<Entry> entries() {
        return entries;
    }

    private void add(String route, String path, String allowed) {
        entries.add(new Entry(route, route.substring(0, route.indexOf(' ')), path, allowed, new LinkedHashMap<>()));
    }

    /** One route, the concrete path tried, and who may reach it. "ANY" routes are tried with GET. */
    record Entry(String route, String method, String path, String allowed, Map<String, String> params) {

        Entry {
            method = method.equals("ANY") ? "GET" : method;
        }
    }
}

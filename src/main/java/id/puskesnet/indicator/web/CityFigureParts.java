package id.puskesnet.indicator.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import id.puskesnet.common.FigureSources;
import id.puskesnet.common.GenerationCache;
import id.puskesnet.common.web.FragmentRenderer;
import id.puskesnet.indicator.DashboardQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The DKK dashboard's figures (filters, program tables and charts, the kecamatan table, the ranking, the
 * completeness summary) rendered once per change of their data and kept: at national scale computing and
 * writing them takes far longer than anything else on the page, and they are the same for every DKK user.
 * What is user's own (the attention list, the admin buttons) is rendered on each request around them.
 * <p>
 * Kept per query string (without {@code lang}: the links in the parts keep the query), resolved query (the month
 * a request without one means moves with the clock) and language; until {@link FigureSources} moves on, and at
 * most {@link #MAX_AGE} (changes made outside this instance).
 */
@Component
class CityFigureParts {

    static final String TEMPLATE = "dashboard/city-figures";
    static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 48;
    private static final Set<String> FRAGMENTS = Set.of("head", "tables", "completeness");

    private final FigureSources sources;
    private final FragmentRenderer renderer;
    private final GenerationCache<Key, Parts> cache = new GenerationCache<>(MAX_ENTRIES, MAX_AGE);

    CityFigureParts(FigureSources sources, FragmentRenderer renderer) {
        this.sources = sources;
        this.renderer = renderer;
    }

    /** The parts for the request: kept ones, or rendered now from the model the supplier makes. */
    Parts of(DashboardQuery query, Locale locale, HttpServletRequest request, HttpServletResponse response,
             Supplier<Model> model) {
        Key key = new Key(queryWithoutLang(request), query, locale);
        return cache.get(key, sources.generation(), () -> {
            Model made = model.get();
            Map<String, String> html = renderer.render(TEMPLATE, FRAGMENTS, made.variables(), locale, request, response);
            return new Parts(html.get("head"), html.get("tables"), html.get("completeness"), made.kecamatanName());
        });
    }

    private static String queryWithoutLang(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || !query.contains("lang=")) {
            return query == null ? "" : query;
        }
        return String.valueOf(UriComponentsBuilder.newInstance().query(query).replaceQueryParam("lang").build()
                .getQuery());
    }

    /** What the parts are rendered from, and the kecamatan's name the page's heading shows. */
    record Model(Map<String, Object> variables, String kecamatanName) {
    }

    /** The rendered parts; the page puts them in unchanged (they are escaped as rendered). */
    record Parts(String head, String tables, String completeness, String kecamatanName) {
    }

    private record Key(String queryString, DashboardQuery query, Locale locale) {
    }
}

package id.puskesnet.common.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds links that keep the current request's filters and change one parameter (used by pagination). */
@Component("pageLinks")
public class PageLinks {

    public String withPage(int page) {
        return withPage("page", page);
    }

    /** For a page with two paginated tables: the current request with the page of one of them changed. */
    public String withPage(String param, int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(param, page)
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    public String withSort(String sort) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("sort", sort)
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }

    /** The current page in another language. */
    public String withLang(String lang) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("lang", lang)
                .build()
                .toUriString();
    }

    /** Another path with the current request's filters, e.g. the CSV export of a filtered list. */
    public String withPath(String path) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath(path)
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
    }
}

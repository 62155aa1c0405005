package org.annals.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Declares the language the page is written in on {@code <html lang>} (WCAG 3.1.1), so screen readers pronounce it
 * right: the one a link asks for with {@code ?lang=} (as link previews do), else the UI's, which follows the browser's
 * languages and a reader's switch in the header. Vaadin's own default knows only the browser's languages.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::declare);
        // the live view speaks the language the link asks for, as its first HTML does: a shared "?lang=uk" link no
        // longer turns English when the page comes alive (for the rest of the visit, as the reader's switch does)
        event.getSource().addUIInitListener(init -> Optional.ofNullable(VaadinRequest.getCurrent()).flatMap(PageLanguage::linked)
                .ifPresent(locale -> {
                    init.getUI().getSession().setLocale(locale);
                    init.getUI().setLocale(locale);
                }));
    }

    private void declare(IndexHtmlResponse response) {
        Optional.ofNullable(response.getVaadinRequest().getParameter("lang")).map(Locale::forLanguageTag)
                .or(() -> response.getUI().map(UI::getLocale))
                .or(() -> Optional.ofNullable(VaadinSession.getCurrent()).map(VaadinSession::getLocale))
                .ifPresent(locale -> response.getDocument().selectFirst("html").attr("lang", language(locale)));
    }

    /** The link's {@code ?lang=}: on the page's own request, or in the query the Vaadin client's first request names. */
    private static Optional<Locale> linked(VaadinRequest request) {
        return Optional.ofNullable(request.getParameter("lang"))
                .or(() -> Optional.ofNullable(request.getParameter("query"))
                        .flatMap(query -> com.vaadin.flow.router.QueryParameters.fromString(query).getSingleParameter("lang")))
                .filter(lang -> lang.equals("en") || lang.equals("uk")).map(Locale::forLanguageTag);
    }

    /** The language of the texts shown: Ukrainian, or English for every other locale (see {@link Translations}). */
    private static String language(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? "uk" : "en";
    }
}

package org.annals.security.internal;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every script of a Vaadin start page a fresh random nonce and sends the page's Content-Security-Policy naming
 * it, so the page's own inline scripts run and a script that found its way into the page any other way does not.
 * Runs after the other start-page listeners (link previews add JSON-LD), so every script the page has is counted.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageNonce implements VaadinServiceInitListener {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::sign);
    }

    private void sign(IndexHtmlResponse response) {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        response.getDocument().getElementsByTag("script").attr("nonce", nonce);
        response.getVaadinResponse().setHeader("Content-Security-Policy", ContentSecurityPolicy.page(nonce));
    }
}

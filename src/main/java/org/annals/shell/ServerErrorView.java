package org.annals.shell;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.annals.shared.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page shows when opening it failed: while the database is out of reach, a plain "try again in a moment"
 * (503, so a balancer or crawler retries) that says nothing saved is lost; any other failure is logged and shown as
 * ours, without internals.
 */
@AnonymousAllowed
@ParentLayout(PlainLayout.class)
public class ServerErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("annals-page");
        boolean unavailable = DatabaseUnavailable.is(parameter.getCaughtException());
        if (unavailable) {
            log.warn("Page {} not shown: the database did not answer ({})", event.getLocation().getPath(),
                    parameter.getCaughtException().toString());
        } else {
            log.error("Page {} failed", event.getLocation().getPath(), parameter.getCaughtException());
        }
        add(new H1(getTranslation(unavailable ? "error.unavailable.title" : "error.server.title")));
        add(new Paragraph(new Text(getTranslation(unavailable ? "error.unavailable.text" : "error.server.text"))));
        add(new Anchor(event.getLocation().getPathWithQueryParameters().isEmpty() ? "/"
                : "/" + event.getLocation().getPathWithQueryParameters(), getTranslation("error.retry")));
        return unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}

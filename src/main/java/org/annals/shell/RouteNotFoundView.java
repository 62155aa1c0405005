package org.annals.shell;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A plain 404 page for readers who follow a stale or mistyped link. */
@AnonymousAllowed
@ParentLayout(PlainLayout.class)
public class RouteNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("annals-page");
        add(new H1(getTranslation("shell.notFound.title")));
        // our own messages ("No timeline x") are English; Vaadin's access check names its mechanism: the page says
        // the translated text instead, except an English page keeps our specific message
        boolean specific = parameter.hasCustomMessage() && !parameter.getCustomMessage().startsWith("Access is denied")
                && !"uk".equals(getLocale().getLanguage());
        String message = specific ? parameter.getCustomMessage() : getTranslation("shell.notFound.text");
        add(new Paragraph(new Text(message)));
        add(new Anchor("/", getTranslation("shell.notFound.back")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}

package org.annals.shell;

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
import org.springframework.security.access.AccessDeniedException;

/** Shown when a page asks a service for something this person may not see (another team's timeline, say). */
@AnonymousAllowed
@ParentLayout(PlainLayout.class)
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("annals-page");
        add(new H1(getTranslation("shell.accessDenied.title")), new Paragraph(getTranslation("shell.accessDenied.text")),
                new Anchor("/editor", getTranslation("shell.accessDenied.back")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}

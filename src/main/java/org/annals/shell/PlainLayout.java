package org.annals.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An empty frame for pages that anyone may see, such as errors. */
@AnonymousAllowed
public class PlainLayout extends Div implements RouterLayout {
}

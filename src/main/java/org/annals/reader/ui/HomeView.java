package org.annals.reader.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.annals.timeline.TimelineService;

/** The front page: the public timelines. */
@Route(value = "", layout = ReaderLayout.class, autoLayout = false)
@AnonymousAllowed
class HomeView extends Div implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("home.pageTitle");
    }

    HomeView(TimelineService timelines) {
        addClassName("annals-page");
        add(new H1(getTranslation("home.title")));
        timelines.publicTimelines().forEach(t -> {
            H2 title = new H2(new RouterLink(t.title(), TimelineView.class, new RouteParameters("slug", t.slug())));
            add(title);
            if (t.description() != null) {
                add(new Paragraph(t.description()));
            }
        });
    }
}

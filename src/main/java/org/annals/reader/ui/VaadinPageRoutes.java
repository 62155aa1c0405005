package org.annals.reader.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.annals.reader.web.PageRoutes;
import org.springframework.stereotype.Component;

/** The application's pages are Vaadin's routes: a path is a page when the route registry has a target for it. */
@Component
class VaadinPageRoutes implements PageRoutes {

    private final ServletContext servletContext;

    VaadinPageRoutes(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public boolean exists(String path) {
        ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        return routes.getNavigationRouteTarget(path.startsWith("/") ? path.substring(1) : path).hasTarget();
    }
}

package org.annals.reader.web;

/** Whether the application has a page at a path (its routes are the UI's to know: reader.ui.VaadinPageRoutes). */
public interface PageRoutes {

    boolean exists(String path);
}

package org.annals.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.annals.shared.ui.NavigationBadge;

/** The signed-in frame. It knows no feature: the menu lists the views that declare @Menu and that the user may open. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private final java.util.List<AutoCloseable> watches = new java.util.ArrayList<>();

    MainLayout(AuthenticationContext authentication, java.util.List<NavigationBadge> badges, AccountLanguage language) {
        H1 title = new H1("Annals");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("signed-in-user");
        Button signOut = new Button(getTranslation("shell.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // named in the language it switches to, so someone who cannot read the current one still finds it
        boolean ukrainian = "uk".equals(getLocale().getLanguage());
        Button switchLanguage = new Button(ukrainian ? "English" : "Українська", e -> e.getSource().getUI().ifPresent(ui -> {
            language.choose(ui, ukrainian ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("uk"));
            ui.getPage().reload();
        }));
        switchLanguage.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        switchLanguage.setId("desk-language");
        switchLanguage.getElement().setAttribute("lang", ukrainian ? "en" : "uk");
        Anchor publicSite = new Anchor("/", getTranslation("shell.publicSite"));
        // on a phone the header keeps what is needed to work: the menu, the language, signing out
        publicSite.addClassName("annals-wide-only");
        user.addClassName("annals-wide-only");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, publicSite, user, switchLanguage, signOut);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(header);

        SideNav menu = new SideNav();
        String username = authentication.getPrincipalName().orElse("");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            // each view's @Menu title is its English name; the menu shows it in the person's language by path
            SideNavItem item = new SideNavItem(getTranslation("shell.menu." + entry.path().replaceFirst("^/", "")
                    .replace('/', '.')), entry.path());
            badges.stream().filter(b -> !username.isEmpty() && entry.path().replaceFirst("^/", "").equals(b.path())).findFirst()
                    .ifPresent(badge -> item.setSuffixComponent(badgeFor(badge, username)));
            menu.addItem(item);
        });
        addToDrawer(menu);
        addDetachListener(e -> closeWatches());
    }

    /** A count that follows the feature's live changes while this layout is attached. */
    private Span badgeFor(NavigationBadge badge, String username) {
        Span count = new Span();
        count.setId("nav-badge-" + badge.path().replaceAll("[^A-Za-z0-9]+", "-"));
        count.getElement().getThemeList().add("badge pill small primary");
        Runnable show = () -> {
            long n = badge.count();
            count.setText(Long.toString(n));
            count.setVisible(n > 0);
        };
        show.run();
        addAttachListener(e -> {
            com.vaadin.flow.component.UI ui = e.getUI();
            watches.add(badge.watch(username, () -> ui.access(show::run)));
        });
        return count;
    }

    private void closeWatches() {
        for (AutoCloseable watch : watches) {
            try {
                watch.close();
            } catch (Exception ignored) {
                // a subscription that cannot close is already gone
            }
        }
        watches.clear();
    }
}

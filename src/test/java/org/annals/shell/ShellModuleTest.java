package org.annals.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.annals.ModuleTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The shell with what it uses (security and the shared UI): the one text provider every screen reads, in English and
 * Ukrainian, with English for any other language and a visible marker for a key nobody wrote.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleTestDatabase
class ShellModuleTest {

    @Autowired
    I18NProvider texts;

    @Test
    void ukrainian_readers_get_ukrainian_and_everyone_else_english() {
        assertThat(texts.getProvidedLocales()).containsExactly(Locale.ENGLISH, Locale.forLanguageTag("uk"));
        assertThat(texts.getTranslation("site.signIn", Locale.ENGLISH)).isEqualTo("Editors: sign in");
        assertThat(texts.getTranslation("site.signIn", Locale.forLanguageTag("uk-UA"))).isEqualTo("Редакторам: увійти");
        assertThat(texts.getTranslation("site.signIn", Locale.GERMAN)).isEqualTo("Editors: sign in");
    }

    @Test
    void a_key_nobody_wrote_shows_as_itself_rather_than_blank() {
        assertThat(texts.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }
}

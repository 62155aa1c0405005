package org.annals.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: every text has its Ukrainian, with the same placeholders, and every key sits in the bundle its first part
 * names — a key added in English only, or put in another area's file, fails the build here.
 */
class TranslationsTest {

    static Stream<String> bundles() {
        return Stream.concat(Stream.of("translations"), Translations.DESK_BUNDLES.stream().sorted());
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void every_english_text_has_its_ukrainian_with_no_placeholder_of_its_own(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties ukrainian = load(bundle + "_uk.properties");

        assertThat(ukrainian.stringPropertyNames()).as("keys in %s_uk.properties", bundle)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(ukrainian.getProperty(key)).as("%s in Ukrainian", key).isNotBlank();
            // a translation may leave out a value the screen shows anyway (a field's own label), never add one
            assertThat(placeholders(ukrainian.getProperty(key))).as("placeholders of %s", key)
                    .isSubsetOf(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void each_key_is_in_the_bundle_its_first_part_names(String bundle) throws IOException {
        for (String key : load(bundle + ".properties").stringPropertyNames()) {
            assertThat(Translations.bundleOf(key)).as(key).isEqualTo(folder(bundle) + "." + bundle);
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void a_signed_in_text_reads_in_the_language_asked_for(String bundle) throws IOException {
        Translations translations = new Translations();
        Properties english = load(bundle + ".properties");
        Properties ukrainian = load(bundle + "_uk.properties");
        if (english.isEmpty()) {
            return;
        }
        String key = new TreeSet<>(english.stringPropertyNames()).first();
        Object[] noArguments = {};
        if (placeholders(english.getProperty(key)).isEmpty()) {
            assertThat(translations.getTranslation(key, Locale.ENGLISH, noArguments)).isEqualTo(english.getProperty(key));
            assertThat(translations.getTranslation(key, Locale.forLanguageTag("uk-UA"), noArguments))
                    .isEqualTo(ukrainian.getProperty(key));
        }
        assertThat(translations.getTranslation(key, Locale.GERMAN, noArguments)).doesNotStartWith("!");
    }

    /**
     * Issue 16: every message of both languages, rendered with values, shows each value it names — an apostrophe
     * left single in a message with values ("The link's window … ({1})") hides them behind MessageFormat's quoting.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void every_message_shows_the_values_it_names(String bundle) throws IOException {
        Translations translations = new Translations();
        for (String suffix : new String[] {"", "_uk"}) {
            Properties texts = load(bundle + suffix + ".properties");
            Locale locale = suffix.isEmpty() ? Locale.ENGLISH : Locale.forLanguageTag("uk");
            for (String key : texts.stringPropertyNames()) {
                Set<String> named = placeholders(texts.getProperty(key));
                if (named.isEmpty()) {
                    continue;
                }
                // numbers where a choice or a number format expects one, text elsewhere
                Object[] values = new Object[10];
                for (int i = 0; i < values.length; i++) {
                    String pattern = texts.getProperty(key);
                    values[i] = pattern.matches("(?s).*\\{" + i + ",(choice|number).*") ? (Object) (7 + i)
                            : pattern.matches("(?s).*\\{" + i + ",(date|time).*") ? (Object) new java.util.Date(0) : "«v" + i + "»";
                }
                String rendered = translations.getTranslation(key, locale, values);
                for (String index : named) {
                    Object value = values[Integer.parseInt(index)];
                    if (value instanceof String) {
                        assertThat(rendered).as("%s%s rendered", key, suffix).contains(value.toString());
                    }
                }
                assertThat(rendered).as("%s%s rendered", key, suffix).doesNotContainPattern("\\{\\d");
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String folder(String bundle) {
        return bundle.equals("translations") ? "vaadin-i18n" : "desk-i18n";
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        String bundle = file.replaceFirst("(_uk)?\\.properties$", "");
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + folder(bundle) + "/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

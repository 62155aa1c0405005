package org.annals.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 16: Ukrainian names in Latin letters as Ukraine's national transliteration writes them. */
class TransliterationTest {

    @Test
    void places_and_names_read_as_the_national_system_writes_them() {
        assertThat(Transliteration.latin("Київ")).isEqualTo("kyiv");
        assertThat(Transliteration.latin("Буча")).isEqualTo("bucha");
        assertThat(Transliteration.latin("Харків")).isEqualTo("kharkiv");
        assertThat(Transliteration.latin("Запоріжжя")).isEqualTo("zaporizhzhia");
        assertThat(Transliteration.latin("Згурівка")).isEqualTo("zghurivka");
        assertThat(Transliteration.latin("Юрій Їжакевич")).isEqualTo("yurii yizhakevych");
        assertThat(Transliteration.latin("Kyiv 2022")).isEqualTo("kyiv 2022");
        assertThat(Transliteration.hasCyrillic("Kyiv")).isFalse();
        assertThat(Transliteration.hasCyrillic("Київ")).isTrue();
    }

    @Test
    void a_cyrillic_search_word_also_looks_for_its_latin_spelling() {
        assertThat(PostgresText.prefixQuery("Буча kyiv")).isEqualTo("(буча:* | bucha:*) & kyiv:*");
        assertThat(PostgresText.prefixQuery("' | !")).isEmpty();
    }
}

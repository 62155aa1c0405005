package org.annals.shared;

import java.util.Locale;
import java.util.Map;

/**
 * Cyrillic written in Latin letters as Ukraine's national transliteration (2010) writes it — Київ as Kyiv, Буча as
 * Bucha, Харків as Kharkiv — with the Russian letters it lacks, so a reader who types a place or a name in Ukrainian
 * finds the events written in English. Letters other than Cyrillic are kept as they are.
 */
public final class Transliteration {

    private static final Map<Character, String> LETTERS = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ё', "io"), Map.entry('ы', "y"),
            Map.entry('э', "e"), Map.entry('ъ', ""), Map.entry('\'', ""), Map.entry('’', ""), Map.entry('ʼ', ""));
    /** At the start of a word these letters begin with a y (Yenakiieve, Yahotyn, Yurii, Yizhakevych, Yosypivka). */
    private static final Map<Character, String> FIRST = Map.of('є', "ye", 'ї', "yi", 'й', "y", 'ю', "yu", 'я', "ya");

    private Transliteration() {
    }

    public static boolean hasCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** The text in lower case, its Cyrillic letters in Latin ones. */
    public static String latin(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1));
            // зг is written zgh, so it is not read as the letter ж (zh)
            if (c == 'г' && i > 0 && lower.charAt(i - 1) == 'з') {
                out.append("gh");
                continue;
            }
            String latin = wordStart && FIRST.containsKey(c) ? FIRST.get(c) : LETTERS.get(c);
            out.append(latin == null ? String.valueOf(c) : latin);
        }
        return out.toString();
    }
}

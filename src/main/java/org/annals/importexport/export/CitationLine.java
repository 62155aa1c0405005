package org.annals.importexport.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One citation as Annals' CSV writes it in its {@code citations} column: "address | stance | what it supports |
 * quote". In the last two a pipe is written {@code \|}, a line break {@code \n} and a backslash {@code \\}, so a quote
 * comes back exactly as it was; after the third unescaped pipe the rest is the quote (as files written before the
 * escapes have it).
 */
public final class CitationLine {

    private CitationLine() {
    }

    public static String write(String url, String stance, String supports, String quote) {
        return String.join(" | ", url, stance, escaped(supports), escaped(quote));
    }

    /** The line's parts, unescaped and stripped (four for a well-formed line). */
    public static List<String> parts(String line) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && "\\|n".indexOf(line.charAt(i + 1)) >= 0) {
                char next = line.charAt(++i);
                part.append(next == 'n' ? '\n' : next);
            } else if (c == '|' && parts.size() < 3) {
                parts.add(part.toString().strip());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\\n");
    }
}

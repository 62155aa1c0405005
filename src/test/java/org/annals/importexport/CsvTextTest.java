package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An ACLED export saved by a spreadsheet in any of the encodings they offer reads as the same text. */
class CsvTextTest {

    private static final String TEXT = "event_date,notes\n2022-02-24,\"Kyïv – shelling reported; «ceasefire» “talks”\"\n";

    private static String read(byte[] bytes) throws IOException {
        try (Reader reader = CsvText.reader(new ByteArrayInputStream(bytes))) {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "UTF-16BE with BOM", "windows-1252"})
    void the_text_reads_the_same_in_every_encoding_a_spreadsheet_saves(String encoding) throws IOException {
        byte[] bytes = switch (encoding) {
            case "UTF-8" -> TEXT.getBytes(StandardCharsets.UTF_8);
            case "UTF-8 with BOM" -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    TEXT.getBytes(StandardCharsets.UTF_8));
            case "UTF-16LE with BOM" -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
            case "UTF-16BE with BOM" -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
            default -> TEXT.getBytes(Charset.forName("windows-1252"));
        };
        assertThat(read(bytes)).isEqualTo(TEXT);
    }
}

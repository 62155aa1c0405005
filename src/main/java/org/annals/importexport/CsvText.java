package org.annals.importexport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of an uploaded CSV file, whatever a spreadsheet saved it as: a byte-order mark says UTF-8 or UTF-16 (Excel's
 * "Unicode text"); without one, text that reads as UTF-8 in its first {@link #SNIFF} bytes is UTF-8, and anything else
 * is Windows-1252 (Excel's default "CSV" on Western Windows, a superset of Latin-1). A file that turns out not to be
 * UTF-8 after that is refused with a message saying so, instead of Java's "Input length = 1".
 */
final class CsvText {

    static final int SNIFF = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    static Reader reader(InputStream raw) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
            in.mark(SNIFF);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            // a workbook (a zip, or the older compound file) read as text is pages of noise: say what it is instead
            if (startsWith(head, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
                throw new org.annals.shared.InvalidInputException("file", "This is a spreadsheet workbook (.xlsx or .xls), "
                        + "not CSV: open it and save it as CSV (comma or semicolon separated), then upload that",
                        "import.refusal.workbook");
            }
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                in.skipNBytes(3);
                return strict(in, StandardCharsets.UTF_8);
            }
            if (startsWith(head, 0xFF, 0xFE)) {
                in.skipNBytes(2);
                return strict(in, StandardCharsets.UTF_16LE);
            }
            if (startsWith(head, 0xFE, 0xFF)) {
                in.skipNBytes(2);
                return strict(in, StandardCharsets.UTF_16BE);
            }
            return readsAsUtf8(head) ? strict(in, StandardCharsets.UTF_8) : new InputStreamReader(in, WINDOWS_1252);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader strict(InputStream in, Charset charset) {
        return new InputStreamReader(in, charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the bytes decode as UTF-8, allowing a character cut off at the end of the sample. */
    private static boolean readsAsUtf8(byte[] head) {
        for (int cut = 0; cut <= Math.min(3, head.length); cut++) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Arrays.copyOf(head, head.length - cut)));
                return true;
            } catch (CharacterCodingException e) {
                if (head.length < SNIFF) {
                    return false;
                }
            }
        }
        return false;
    }
}

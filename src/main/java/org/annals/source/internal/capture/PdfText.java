package org.annals.source.internal.capture;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Calendar;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * The text of a cited PDF (for quote checks) and what it says of itself (title, creation date), read with Apache
 * PDFBox within bounds a hostile file cannot stretch: decoded streams go to temporary files rather than the heap, at
 * most {@value #MAX_PAGES} pages and {@value #MAX_CHARS} characters are read, and the whole read has a deadline. A PDF
 * that cannot be read is kept all the same (it is what the URL answered), without text.
 */
final class PdfText {

    static final int MAX_PAGES = 300;
    static final int MAX_CHARS = 2_000_000;
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    record Read(@Nullable String text, PageArchive.PageMetadata metadata) {
        static final Read NOTHING = new Read(null, new PageArchive.PageMetadata(null, null, null));
    }

    private PdfText() {
    }

    static Read of(byte[] pdf) {
        CompletableFuture<Read> reading = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().name("capture-pdf").start(() -> {
            try {
                reading.complete(read(pdf));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                reading.complete(Read.NOTHING);
            }
        });
        try {
            return reading.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reader.interrupt();
            return Read.NOTHING;
        } catch (ExecutionException e) {
            return Read.NOTHING;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Read.NOTHING;
        }
    }

    private static Read read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf, "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(MAX_PAGES);
            StringWriter out = new BoundedWriter();
            try {
                stripper.writeText(document, out);
            } catch (BoundedWriter.Full enough) {
                // the first MAX_CHARS characters are enough to look for a quote in
            }
            var info = document.getDocumentInformation();
            Calendar created = info.getCreationDate();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            String date = created == null ? null : created.toInstant().toString().substring(0, 10);
            String text = out.toString().strip();
            return new Read(text.isEmpty() ? null : text, new PageArchive.PageMetadata(title, null, date));
        }
    }

    /** A writer that stops the extraction once it holds MAX_CHARS characters. */
    private static final class BoundedWriter extends StringWriter {
        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        @Override
        public void write(String text, int offset, int length) {
            if (getBuffer().length() + length > MAX_CHARS) {
                super.write(text, offset, Math.max(0, MAX_CHARS - getBuffer().length()));
                throw new Full();
            }
            super.write(text, offset, length);
        }

        @Override
        public void write(String text) {
            write(text, 0, text.length());
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            write(new String(chars, offset, length), 0, length);
        }
    }
}

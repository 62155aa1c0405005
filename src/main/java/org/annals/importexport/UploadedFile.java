package org.annals.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.shared.InvalidInputException;

/**
 * An upload kept in a temporary file while it is imported (and deleted after): a file that is read more than once is
 * read from disk, never held in memory, and one larger than the limit is refused, saying the limit, once it passes it.
 */
record UploadedFile(Path path) implements AutoCloseable {

    static UploadedFile of(InputStream upload, long maxBytes) {
        Path path;
        try {
            path = Files.createTempFile("annals-import-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = upload; var out = Files.newOutputStream(path)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = received(in, buffer)) != -1; ) {
                total += n;
                if (total > maxBytes) {
                    throw tooBig(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            delete(path);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new UploadedFile(path);
    }

    /**
     * The next bytes of the upload. The sender's side failing (a closed tab, a dropped connection, a proxy's time-out)
     * is the request's fault, not the server's: refused with words, where a failing disk stays a server error.
     */
    private static int received(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new InvalidInputException("file", "The upload stopped before its end (the connection closed); nothing "
                    + "was imported. Send the file again.", "import.refusal.uploadBroken");
        }
    }

    static InputStream open(Path path) {
        try {
            return Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InvalidInputException tooBig(long maxBytes) {
        String size = (maxBytes / (1024 * 1024)) + " MB";
        return new InvalidInputException("file", "The file is larger than " + size + ", the most one upload may hold; "
                + "nothing was imported. Split it into several files.", "import.refusal.tooBig", size);
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // a temporary file left behind is the system's to clear; the import's outcome stands
        }
    }
}

package org.annals.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.annals.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** An upload cut off by its sender is refused with words and leaves no temporary file; a whole one is kept on disk. */
class UploadedFileTest {

    @Test
    void an_upload_whose_connection_closes_midway_is_refused_as_the_senders_fault() {
        InputStream cutOff = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 100_000) {
                    throw new IOException("Connection reset by peer");
                }
                return 'a';
            }
        };

        assertThatThrownBy(() -> UploadedFile.of(cutOff, 1_000_000)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("The upload stopped before its end");
    }

    @Test
    void a_whole_upload_is_kept_until_closed() throws IOException {
        UploadedFile kept = UploadedFile.of(new java.io.ByteArrayInputStream("a,b\n1,2\n".getBytes()), 1_000);
        assertThat(Files.readString(kept.path())).isEqualTo("a,b\n1,2\n");
        kept.close();
        assertThat(kept.path()).doesNotExist();
    }
}

package app.goodenough.privacy.ui;

import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;

/** A ZIP archive written straight into the download, named after what it holds and the day: {@code my-data-2026-11-30.zip}. */
final class ZipDownload {

    /** Writes one download's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ZipDownload() {
    }

    static DownloadHandler of(Clock clock, String name, Content content) {
        return event -> {
            event.setFileName(name + "-" + clock.instant().atZone(ZoneOffset.UTC).toLocalDate() + ".zip");
            event.setContentType("application/zip");
            content.writeTo(event.getOutputStream());
        };
    }
}

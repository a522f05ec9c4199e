package app.goodenough.privacy.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ZIP archive of exports, each as a JSON file for programs and an HTML page for people, written
 * straight into the download: one record at a time is in memory, never the whole archive.
 */
public final class ExportArchive implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ZipOutputStream zip;

    public ExportArchive(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    /** Adds {@code <path>.json} and {@code <path>.html}. */
    public void add(String path, String title, Object data) throws IOException {
        JsonNode tree = JSON.valueToTree(data);
        entry(path + ".json", JSON.writeValueAsBytes(tree));
        entry(path + ".html", ReadablePage.of(title, tree).getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a page of its own, such as an index. */
    public void addPage(String path, String html) throws IOException {
        entry(path, html.getBytes(StandardCharsets.UTF_8));
    }

    private void entry(String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}

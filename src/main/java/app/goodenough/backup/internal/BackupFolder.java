package app.goodenough.backup.internal;

import app.goodenough.backup.BackupFile;
import app.goodenough.backup.BackupKind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder of backup archives, named {@code good-enough-20261130T030000000Z-daily.zip}. An
 * archive is written under a temporary name, forced to disk and only then renamed, so the
 * folder never holds half a backup under a backup's name; only the owner may read it, as it
 * holds everything the practice keeps.
 */
final class BackupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("good-enough-(\\d{8}T\\d{9}Z)-([a-z-]+)\\.zip");
    private static final String UNFINISHED = ".part";

    /** Writes one archive into the stream it is given. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path folder;

    BackupFolder(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path path() {
        return folder;
    }

    BackupFile write(BackupKind kind, Instant takenAt, Content content) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve("good-enough-" + STAMP.format(takenAt) + "-" + kind.fileWord() + ".zip");
        Path unfinished = folder.resolve(target.getFileName() + UNFINISHED);
        if (Files.exists(target)) {
            throw new IOException("A backup named " + target.getFileName() + " exists already");
        }
        try {
            try (FileChannel channel = FileChannel.open(unfinished, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly());
                    OutputStream out = new ForcedToDiskOnClose(channel)) {
                content.writeTo(out);
            }
            Files.move(unfinished, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder();
            return new BackupFile(target, kind, takenAt, Files.size(target));
        } finally {
            Files.deleteIfExists(unfinished);
        }
    }

    List<BackupFile> all() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(this::described).flatMap(Optional::stream).toList();
        }
    }

    void delete(BackupFile backup) throws IOException {
        Files.deleteIfExists(backup.path());
    }

    private Optional<BackupFile> described(Path file) {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            BackupKind kind = Arrays.stream(BackupKind.values()).filter(k -> k.fileWord().equals(name.group(2))).findFirst().orElseThrow();
            return Optional.of(new BackupFile(file, kind, STAMP.parse(name.group(1), Instant::from), Files.size(file)));
        } catch (DateTimeParseException | NoSuchElementException | IOException notOurs) {
            return Optional.empty();
        }
    }

    private void forceFolder() {
        try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
            directory.force(true);
        } catch (IOException notSupportedHere) {
            // some file systems cannot sync a directory; the rename is still atomic
        }
    }

    /** The archive's bytes, on disk once the stream is closed (closing the archive closes this stream). */
    private static final class ForcedToDiskOnClose extends BufferedOutputStream {

        private final FileChannel channel;

        ForcedToDiskOnClose(FileChannel channel) {
            super(Channels.newOutputStream(channel));
            this.channel = channel;
        }

        @Override
        public void close() throws IOException {
            flush();
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
    }
}

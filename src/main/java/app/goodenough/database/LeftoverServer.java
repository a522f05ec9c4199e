package app.goodenough.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL that still runs on the data directory after the application that started it was
 * killed: it would keep the port and the directory, and the next start would fail. The embedded
 * server's lock file tells an abandoned server from one a live application uses (a live
 * application holds the lock); an abandoned one is asked to shut down cleanly, and killed only if
 * it does not within half a minute (PostgreSQL then recovers from its write-ahead log).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final long PATIENCE_SECONDS = 30;

    private final Path dataDirectory;

    LeftoverServer(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void stopIfAbandoned() throws IOException {
        Optional<ProcessHandle> postmaster = runningPostmaster();
        if (postmaster.isEmpty()) {
            return;
        }
        if (!lockIsFree()) {
            throw new IllegalStateException("another running application uses this data folder");
        }
        ProcessHandle server = postmaster.get();
        log.warn("A PostgreSQL (process {}) left running on {} by an application that stopped without shutting it down is stopped first",
                server.pid(), dataDirectory);
        List<ProcessHandle> workers = server.descendants().toList();
        server.destroy();
        if (!waitForExit(server)) {
            server.destroyForcibly();
            waitForExit(server);
        }
        workers.forEach(LeftoverServer::waitForExit);
    }

    private Optional<ProcessHandle> runningPostmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !Path.of(lines.get(1).strip()).equals(dataDirectory)) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
        } catch (NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    private boolean lockIsFree() throws IOException {
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldByThisProcess) {
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException | TimeoutException notYet) {
            return !process.isAlive();
        }
    }
}

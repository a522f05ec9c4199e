import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates the jOOQ classes from the real schema: starts an embedded PostgreSQL, applies
 * db/migration with Flyway, and runs jOOQ's code generator against it. Skips all of that when
 * neither the migrations nor the generator configuration changed since the last run.
 *
 * <p>Arguments: migration folder, generator configuration (XML), output folder.
 */
public class JooqCodegen {

    public static void main(String[] args) throws Exception {
        Path migrations = Path.of(args[0]);
        Path configFile = Path.of(args[1]);
        Path output = Path.of(args[2]);
        Path stamp = output.resolve(".inputs-hash");

        String inputsHash = hashOf(migrations, configFile);
        if (Files.exists(stamp) && Files.readString(stamp).equals(inputsHash)) {
            System.out.println("jOOQ classes are up to date with " + migrations);
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations.toAbsolutePath())
                    .load()
                    .migrate();
            generate(postgres.getJdbcUrl("postgres", "postgres"), configFile, output);
        }
        Files.writeString(stamp, inputsHash);
    }

    private static void generate(String jdbcUrl, Path configFile, Path output) throws Exception {
        Configuration configuration;
        try (InputStream in = Files.newInputStream(configFile)) {
            configuration = GenerationTool.load(in);
        }
        configuration.withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(jdbcUrl).withUser("postgres"));
        configuration.getGenerator().getTarget().withDirectory(output.toString()).withClean(true);
        GenerationTool.generate(configuration);
    }

    private static String hashOf(Path migrations, Path configFile) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> inputs;
        try (Stream<Path> files = Files.walk(migrations)) {
            inputs = Stream.concat(files.filter(Files::isRegularFile).sorted(), Stream.of(configFile)).toList();
        }
        for (Path input : inputs) {
            digest.update(input.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            digest.update(read(input));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }
}

package io.datamind.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Builds the sample database behind {@code datamind demo}: "Northwind Outfitters", a small online retailer
 * in an embedded H2 file, with three schemas, fifteen tables and the kind of data-quality problems real
 * databases have (see {@link PlantedAnomalies}). The same seed always produces the same data.
 *
 * <p>The database is built under a temporary name and moved into place only when complete, so re-creating
 * replaces an earlier demo database and a failed build never leaves a half-filled one behind.
 */
public final class DemoDatabase {

    static final String DATABASE_NAME = "demo";
    private static final String BUILD_NAME = "demo-building";
    private static final String H2_SUFFIX = ".mv.db";
    /** Unquoted names stay lower case, as written in schema.sql, for DataMind and for people typing SQL alike. */
    private static final String SETTINGS = ";DATABASE_TO_LOWER=TRUE";
    /**
     * How the finished database is opened: never create an empty one in its place, and read-only, because
     * DataMind only reads and H2 ignores {@link Connection#setReadOnly}.
     */
    public static final String OPEN_SETTINGS = ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
    /**
     * While building, a page cache larger than the whole database keeps the one big load transaction in
     * memory; with H2's default 16 MB the build took about twice as long here. Only an upper bound.
     */
    private static final String BUILD_SETTINGS = ";CACHE_SIZE=262144";
    private static final String SCHEMA_SCRIPT = "classpath:/io/datamind/demo/schema.sql";

    private final long seed;

    public DemoDatabase(long seed) {
        this.seed = seed;
    }

    /**
     * Creates (or replaces) the demo database in {@code directory}.
     *
     * @return the JDBC URL of the new database: read-only, no user or password needed, and it never creates an
     *         empty database if the file has gone; drop {@link #OPEN_SETTINGS} from it to write
     */
    public String create(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (dir.toString().contains(";")) {
            throw new IllegalArgumentException("H2 cannot open a database in a directory whose path contains ';': " + dir);
        }
        try {
            Files.createDirectories(dir);
            deleteDatabase(dir, BUILD_NAME);
            try {
                build(jdbcUrl(dir, BUILD_NAME));
                moveIntoPlace(dir.resolve(BUILD_NAME + H2_SUFFIX), dir.resolve(DATABASE_NAME + H2_SUFFIX));
                Files.deleteIfExists(dir.resolve(DATABASE_NAME + ".trace.db"));
            } finally {
                deleteDatabase(dir, BUILD_NAME);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo database to " + dir, e);
        } catch (SQLException e) {
            throw new IllegalStateException("building the demo database failed: " + e.getMessage(), e);
        }
        return jdbcUrl(dir, DATABASE_NAME) + OPEN_SETTINGS;
    }

    private void build(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url + BUILD_SETTINGS)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("RUNSCRIPT FROM '" + SCHEMA_SCRIPT + "' CHARSET 'UTF-8'");
            }
            connection.setAutoCommit(false);
            new DemoData(seed, WordLists.load()).insert(connection);
            connection.commit();
            connection.setAutoCommit(true);
            DemoData.continueIdentities(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
        }
    }

    private static void moveIntoPlace(Path built, Path target) throws IOException {
        try {
            Files.move(built, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(built, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteDatabase(Path dir, String name) throws IOException {
        for (String suffix : new String[] {H2_SUFFIX, ".trace.db", ".lock.db"}) {
            Files.deleteIfExists(dir.resolve(name + suffix));
        }
    }

    private static String jdbcUrl(Path dir, String name) {
        return "jdbc:h2:file:" + dir.resolve(name).toString().replace('\\', '/') + SETTINGS;
    }
}

package io.datamind.scan.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamind.scan.JdbcSource;
import io.datamind.scan.RowCount;
import io.datamind.scan.SchemaScanner;
import io.datamind.scan.SourceConfig;
import io.datamind.scan.TableRef;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 ignores Connection.setReadOnly; the source must open the database read-only instead. */
class H2ReadOnlySessionTest {

    @TempDir
    Path directory;

    @Test
    void writesThroughTheSourceFail() throws SQLException {
        String url = "jdbc:h2:file:" + directory.resolve("ro").toAbsolutePath();
        try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE T (ID INTEGER)");
        }
        JdbcSource source = new JdbcSource(SourceConfig.of(url));

        try (Connection connection = source.connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO PUBLIC.T VALUES (1)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("read only");
        }
        assertThat(new SchemaScanner(source).scan(new TableRef("PUBLIC", "T")).rowCount())
                .isEqualTo(RowCount.exact(0));
    }
}

package io.datamind.scan;

import io.datamind.scan.h2.H2Dialect;
import io.datamind.scan.mysql.MySqlDialect;
import io.datamind.scan.postgres.PostgresDialect;
import io.datamind.scan.sqlite.SqliteDialect;

/** Picks the dialect from the JDBC URL's sub-protocol. */
public final class Dialects {

    private Dialects() {
    }

    public static Dialect forUrl(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:".length());
        String protocol = rest.substring(0, Math.max(0, rest.indexOf(':'))).toLowerCase(java.util.Locale.ROOT);
        return switch (protocol) {
            case "postgresql" -> new PostgresDialect();
            case "mysql", "mariadb" -> new MySqlDialect();
            case "sqlite" -> new SqliteDialect();
            case "h2" -> new H2Dialect();
            default -> throw new IllegalArgumentException("unsupported database in --url '" + jdbcUrl
                    + "': expected jdbc:postgresql, jdbc:mysql, jdbc:mariadb, jdbc:sqlite or jdbc:h2");
        };
    }
}

package io.datamind.quality;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** SQL rules on embedded H2 (file database under a temporary directory), schema dm_quality. */
class SqlRulesH2Test extends SqlRulesContract {

    @TempDir
    static Path directory;

    @Override
    String url() {
        // lower-case folding so the unquoted DDL and DataMind's quoted lower-case identifiers name the same objects
        return "jdbc:h2:file:" + directory.resolve("quality") + ";DATABASE_TO_LOWER=TRUE";
    }

    @Override
    String[] recreateSchema() {
        return new String[] {"DROP SCHEMA IF EXISTS dm_quality CASCADE", "CREATE SCHEMA dm_quality"};
    }
}

package io.datamind.quality;

/** SQL rules on the real MariaDB server, database dm_quality. */
class SqlRulesMariaDbTest extends SqlRulesContract {

    @Override
    String url() {
        return QualityDatabases.mariadbUrl();
    }

    @Override
    String[] recreateSchema() {
        return new String[] {"DROP DATABASE IF EXISTS dm_quality", "CREATE DATABASE dm_quality"};
    }
}

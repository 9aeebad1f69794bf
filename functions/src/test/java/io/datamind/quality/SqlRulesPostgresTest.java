package io.datamind.quality;

/** SQL rules on the real PostgreSQL server, schema dm_quality. */
class SqlRulesPostgresTest extends SqlRulesContract {

    @Override
    String url() {
        return QualityDatabases.postgresUrl();
    }

    @Override
    String[] recreateSchema() {
        return new String[] {"DROP SCHEMA IF EXISTS dm_quality CASCADE", "CREATE SCHEMA dm_quality"};
    }
}

package io.datamind.docs;

/**
 * @param kind        postgresql, mysql, sqlite, h2
 * @param location    the JDBC URL without credentials
 * @param product     database product and version as the driver reports it
 */
public record SourceInfo(String name, String kind, String location, String product) {
}

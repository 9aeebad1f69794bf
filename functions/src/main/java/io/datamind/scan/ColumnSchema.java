package io.datamind.scan;

/**
 * One column as the database declares it.
 *
 * @param maxLength declared character/byte length (varchar(n)), null when unbounded or not applicable
 */
public record ColumnSchema(
        int ordinal,
        String name,
        String declaredType,
        TypeFamily family,
        boolean nullable,
        String defaultValue,
        String comment,
        boolean generated,
        boolean identity,
        Integer maxLength) {
}

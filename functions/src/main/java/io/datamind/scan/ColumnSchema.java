package io.datamind.scan;

/**
 * One column as the database declares it.
 *
 * @param ordinal      1-based position among the visible columns
 * @param defaultValue default expression as the database shows it; for a generated column, its generation expression
 * @param identity     the database numbers the column itself (IDENTITY, serial, AUTO_INCREMENT, SQLite rowid alias)
 * @param maxLength    declared character length (varchar(n), char(n)), null when unbounded or not a character type
 * @param inferred     for a data file's column whose type was inferred from its values: how well they parse; null for
 *                     database columns and typed files (Parquet)
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
        Integer maxLength,
        InferredType inferred) {

    /** A column whose type the source declares. */
    public ColumnSchema(int ordinal, String name, String declaredType, TypeFamily family, boolean nullable,
                        String defaultValue, String comment, boolean generated, boolean identity, Integer maxLength) {
        this(ordinal, name, declaredType, family, nullable, defaultValue, comment, generated, identity, maxLength, null);
    }
}

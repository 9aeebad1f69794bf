package io.datamind.files;

import io.datamind.scan.ColumnSchema;
import io.datamind.scan.InferredType;
import io.datamind.scan.RowCount;
import io.datamind.scan.TableKind;
import io.datamind.scan.TableRef;
import io.datamind.scan.TableSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scan step of a data file: its columns and their types. Text formats get their types inferred from the first
 * {@link FileLimits#inferenceRows()} records; Parquet declares its own. The file is streamed again by the profile step.
 */
public final class FileTableScanner {

    private final FileOpener opener;

    public FileTableScanner(FileOpener opener) {
        this.opener = opener;
    }

    public TableSchema scan(TableRef table, StoredFile file) throws IOException {
        try (RecordReader reader = opener.open(file, List.of())) {
            if (reader instanceof ParquetRecordReader parquet) {
                return parquetSchema(table, file, parquet);
            }
            List<TypeCounter> counters = new ArrayList<>();
            long rows = 0;
            while (rows < opener.limits().inferenceRows() && reader.next()) {
                rows++;
                for (int i = 0; i < reader.columns().size(); i++) {
                    if (i == counters.size()) {
                        counters.add(new TypeCounter());
                    }
                    counters.get(i).add(reader.value(i));
                }
            }
            List<String> names = reader.columns();
            if (names.isEmpty()) {
                throw new FileReadException(file.name() + " has no columns: it is empty or holds no records");
            }
            List<ColumnSchema> columns = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                TypeCounter.Inferred inferred = (i < counters.size() ? counters.get(i) : new TypeCounter()).infer();
                columns.add(new ColumnSchema(i + 1, names.get(i), declaredType(inferred), inferred.family(), true,
                        null, null, false, false, null, inferred.type()));
            }
            RowCount count = rows < opener.limits().inferenceRows() ? RowCount.exact(rows) : null;
            return new TableSchema(table, TableKind.TABLE, capNote(reader), columns, null, List.of(), List.of(),
                    List.of(), count, List.of(), null);
        } catch (FileReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw FileReadException.reading(file, e);
        }
    }

    private TableSchema parquetSchema(TableRef table, StoredFile file, ParquetRecordReader reader) {
        List<ColumnSchema> columns = new ArrayList<>();
        for (int i = 0; i < reader.columns().size(); i++) {
            columns.add(new ColumnSchema(i + 1, reader.columns().get(i), reader.declaredTypes().get(i),
                    reader.families().get(i), true, null, null, false, false, null));
        }
        return new TableSchema(table, TableKind.TABLE, null, columns, null, List.of(), List.of(),
                List.of(), RowCount.exact(reader.rowCount()), List.of(), null);
    }

    /** e.g. "inferred integer: 99.5% of 1000 values parse". */
    static String declaredType(TypeCounter.Inferred inferred) {
        InferredType type = inferred.type();
        String family = inferred.family().name().toLowerCase(Locale.ROOT);
        return String.format(Locale.ROOT, "inferred %s: %s of %d values parse", family,
                percent(type.share()), type.values());
    }

    private static String percent(double share) {
        String text = String.format(Locale.ROOT, "%.1f", share * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    /**
     * A file has no comment of its own (the describer writes the table's description); only a schema cut short says so.
     */
    private static String capNote(RecordReader reader) {
        return reader.columnsCapped() ? "Only the first " + RecordReader.MAX_COLUMNS + " columns are documented." : null;
    }

    /** How a file was read, for the profile's method: format, compression and layout. */
    static String layout(StoredFile file, RecordReader reader) {
        String format = file.format().map(f -> f.name().replace('_', ' ')).orElse("data");
        return format + (file.gzipped() ? " (gzip)" : "") + ": " + reader.layout();
    }
}

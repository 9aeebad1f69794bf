package io.datamind.files;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** Writes real data files for tests: text in a chosen encoding, gzip copies, and Parquet through parquet-java. */
public final class DataFiles {

    private DataFiles() {
    }

    public static Path text(Path folder, String name, String content, Charset charset, byte... prefix) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix);
            out.write(content.getBytes(charset));
        }
        return file;
    }

    public static Path gzip(Path source) throws IOException {
        Path target = source.resolveSibling(source.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(source, out);
        }
        return target;
    }

    /** Columns id (int64), name (string, one null), score (double), active (boolean), born (date, one null). */
    public static Path parquet(Path file) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).named("id")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("name")
                .optional(PrimitiveTypeName.DOUBLE).named("score")
                .optional(PrimitiveTypeName.BOOLEAN).named("active")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("born")
                .named("people");
        Files.createDirectories(file.getParent());
        List<Map<String, Object>> rows = List.of(
                Map.of("id", 1L, "name", "Ada", "score", 9.5, "active", true, "born", day("1990-01-31")),
                Map.of("id", 2L, "name", "Grace", "score", 7.25, "active", false, "born", day("1985-06-15")),
                Map.of("id", 3L, "score", 8.0, "active", true),
                Map.of("id", 4L, "name", "Linus", "score", 6.5, "active", true, "born", day("2001-12-01")));
        try (ParquetWriter<Map<String, Object>> writer = ParquetWriter.writeFile(schema, file.toFile(),
                (row, values) -> row.forEach(values::write))) {
            for (Map<String, Object> row : rows) {
                writer.write(row);
            }
        }
        return file;
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }
}

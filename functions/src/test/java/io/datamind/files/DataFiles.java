package io.datamind.files;

import blue.strategic.parquet.ParquetWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

    /**
     * A CSV of {@code rows} events: id, amount (decimal: nulls, zeros, negatives), score (float), cat, email (nulls),
     * day, at, flag (nulls), note (quoted delimiters and quotes in every fifth row).
     */
    public static String eventsCsv(int rows) {
        StringBuilder csv = new StringBuilder("id,amount,score,cat,email,day,at,flag,note\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(i).append(',')
                    .append(eventAmount(i) == null ? "" : eventAmount(i).toPlainString()).append(',')
                    .append(eventScore(i)).append(',')
                    .append("cat_").append(i % 40).append(',')
                    .append(i % 17 == 0 ? "" : "user" + i + "@example.com").append(',')
                    .append(String.format(Locale.ROOT, "20%02d-%02d-%02d", 1 + i % 24, 1 + i % 12, 1 + i % 28)).append(',')
                    .append(String.format(Locale.ROOT, "2024-03-%02d %02d:%02d:00", 1 + i % 28, i % 24, i % 60)).append(',')
                    .append(i % 7 == 0 ? "" : i % 3 == 0 ? "true" : "false").append(',')
                    .append(i % 5 == 0 ? "\"note, with \"\"quotes\"\" " + i + "\"" : "n" + (i % 300)).append('\n');
        }
        return csv.toString();
    }

    public static BigDecimal eventAmount(int i) {
        return i % 13 == 0 ? null : i % 10 == 0 ? new BigDecimal("0.00")
                : BigDecimal.valueOf((i * 31L) % 2001 - 1000, 0).divide(BigDecimal.valueOf(4)).setScale(2);
    }

    public static double eventScore(int i) {
        return ((i * 7919L) % 100_003) / 8.0 - 5000;
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }
}

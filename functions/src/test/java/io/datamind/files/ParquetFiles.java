package io.datamind.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** A Parquet file of several row groups, written with parquet-java's example writer (a small row group size). */
final class ParquetFiles {

    private ParquetFiles() {
    }

    /**
     * Columns id (int64, 1..rows), reading (double, null every 13th row, negatives), label (string, 37 values),
     * day (date), ok (boolean, null every 7th row).
     *
     * @param rowGroupBytes the writer starts a new row group once its buffered data reaches about this size
     */
    static Path write(Path file, int rows, int rowGroupBytes) throws IOException {
        MessageType schema = Types.buildMessage()
                .required(PrimitiveTypeName.INT64).named("id")
                .optional(PrimitiveTypeName.DOUBLE).named("reading")
                .optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("label")
                .optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("day")
                .optional(PrimitiveTypeName.BOOLEAN).named("ok")
                .named("measurements");
        Files.deleteIfExists(file);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .withRowGroupSize((long) rowGroupBytes)
                .withPageSize(512)
                .withDictionaryEncoding(false)
                .withMinRowCountForPageSizeCheck(10)
                .withMaxRowCountForPageSizeCheck(50)
                .build()) {
            for (int i = 1; i <= rows; i++) {
                Group row = groups.newGroup().append("id", (long) i);
                if (i % 13 != 0) {
                    row.append("reading", ((i * 7919L) % 10_007) / 3.0 - 1_000);
                }
                row.append("label", "label_" + (i % 37));
                row.append("day", 18_000 + i % 400);
                if (i % 7 != 0) {
                    row.append("ok", i % 3 == 0);
                }
                writer.write(row);
            }
        }
        return file;
    }
}

package io.datamind.files;

import io.datamind.scan.TypeFamily;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet through parquet-java's file reader (no Hadoop): one row group's pages at a time, records assembled by the
 * example Group converter. Top-level fields are the columns, typed by the file's schema; a nested field (struct, list,
 * map) is one column in its text form.
 */
final class ParquetRecordReader implements RecordReader {

    private final ParquetFileReader reader;
    private final MessageType schema;
    private final MessageColumnIO columnIo;
    private final List<String> columns = new ArrayList<>();
    private final List<TypeFamily> families = new ArrayList<>();
    private final List<String> declaredTypes = new ArrayList<>();
    private final String layout;
    private final AutoCloseable spilled;
    private org.apache.parquet.io.RecordReader<Group> rowGroup;
    private long rowsLeftInGroup;
    private Group current;
    /** The next row group to read, and the first one not to. */
    private int nextGroup;
    private int endGroup;

    ParquetRecordReader(InputFile input, AutoCloseable spilled, String name) throws IOException {
        this(input, spilled, name, 0, Integer.MAX_VALUE);
    }

    /** Reads row groups {@code [firstGroup, endGroup)} only: a slice of the file (the end is capped at the last one). */
    ParquetRecordReader(InputFile input, AutoCloseable spilled, String name, int firstGroup, int endGroup)
            throws IOException {
        this.spilled = spilled;
        try {
            this.reader = ParquetFileReader.open(input, ParquetReadOptions.builder().build());
        } catch (IOException | RuntimeException e) {
            closeQuietly(spilled);
            throw new FileReadException(name + " is not a readable Parquet file: " + message(e), e);
        }
        this.schema = reader.getFooter().getFileMetaData().getSchema();
        this.columnIo = new ColumnIOFactory().getColumnIO(schema);
        for (Type field : schema.getFields()) {
            columns.add(field.getName());
            families.add(family(field));
            declaredTypes.add(declaredType(field));
        }
        this.layout = "Parquet, " + reader.getRowGroups().size() + " row group(s), " + reader.getRecordCount() + " rows";
        this.nextGroup = firstGroup;
        this.endGroup = Math.min(endGroup, reader.getRowGroups().size());
    }

    /** Rows of each row group, in file order, from the footer. */
    List<Long> rowGroupRows() {
        return reader.getRowGroups().stream().map(BlockMetaData::getRowCount).toList();
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    List<TypeFamily> families() {
        return families;
    }

    List<String> declaredTypes() {
        return declaredTypes;
    }

    long rowCount() {
        return reader.getRecordCount();
    }

    @Override
    public boolean next() throws IOException {
        try {
            while (rowsLeftInGroup == 0) {
                PageReadStore pages = nextGroup < endGroup ? reader.readRowGroup(nextGroup++) : null;
                if (pages == null) {
                    current = null;
                    return false;
                }
                rowsLeftInGroup = pages.getRowCount();
                rowGroup = columnIo.getRecordReader(pages, new GroupRecordConverter(schema));
            }
            current = rowGroup.read();
            rowsLeftInGroup--;
            return true;
        } catch (RuntimeException | LinkageError e) {
            throw new FileReadException("cannot read a Parquet row: " + message(e), e);
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object value(int index) {
        if (current == null || index >= columns.size() || current.getFieldRepetitionCount(index) == 0) {
            return null;
        }
        Type field = schema.getType(index);
        if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
            return nestedText(index);
        }
        return primitive(field.asPrimitiveType(), index);
    }

    private String nestedText(int index) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < current.getFieldRepetitionCount(index); i++) {
            text.append(i == 0 ? "" : "; ").append(current.getValueToString(index, i).strip().replace('\n', ' '));
        }
        return text.toString();
    }

    private Object primitive(PrimitiveType type, int index) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        switch (type.getPrimitiveTypeName()) {
            case BOOLEAN:
                return current.getBoolean(index, 0);
            case FLOAT:
                return (double) current.getFloat(index, 0);
            case DOUBLE:
                return current.getDouble(index, 0);
            case INT32:
                return fromLong(current.getInteger(index, 0), logical);
            case INT64:
                return fromLong(current.getLong(index, 0), logical);
            default:
                byte[] bytes = current.getBinary(index, 0).getBytes();
                if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
                    return new BigDecimal(new BigInteger(bytes), decimal.getScale());
                }
                if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation && bytes.length == 16) {
                    ByteBuffer uuid = ByteBuffer.wrap(bytes);
                    return new UUID(uuid.getLong(), uuid.getLong()).toString();
                }
                if (families.get(index) == TypeFamily.BINARY) {
                    return bytes;
                }
                return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static Object fromLong(long value, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(value);
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            return BigDecimal.valueOf(value, decimal.getScale());
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
            Instant instant = switch (timestamp.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(value);
                case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
                case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
            };
            return timestamp.isAdjustedToUTC() ? instant.atOffset(ZoneOffset.UTC) : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation time) {
            long nanos = switch (time.getUnit()) {
                case MILLIS -> value * 1_000_000L;
                case MICROS -> value * 1_000L;
                case NANOS -> value;
            };
            return LocalTime.ofNanoOfDay(nanos);
        }
        return value;
    }

    static TypeFamily family(Type field) {
        if (!field.isPrimitive()) {
            return field.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation
                    ? TypeFamily.ARRAY : TypeFamily.JSON;
        }
        if (field.isRepetition(Type.Repetition.REPEATED)) {
            return TypeFamily.ARRAY;
        }
        LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation) {
            return TypeFamily.DECIMAL;
        }
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return TypeFamily.DATE;
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
            return TypeFamily.TIMESTAMP;
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
            return TypeFamily.TIME;
        }
        if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
            return TypeFamily.UUID;
        }
        if (logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
            return TypeFamily.JSON;
        }
        if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation) {
            return TypeFamily.TEXT;
        }
        return switch (field.asPrimitiveType().getPrimitiveTypeName()) {
            case BOOLEAN -> TypeFamily.BOOLEAN;
            case INT32, INT64 -> TypeFamily.INTEGER;
            case FLOAT, DOUBLE -> TypeFamily.FLOAT;
            case INT96, BINARY, FIXED_LEN_BYTE_ARRAY -> TypeFamily.BINARY;
        };
    }

    private static String declaredType(Type field) {
        if (!field.isPrimitive()) {
            LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
            return logical == null ? "group" : "group (" + logical + ")";
        }
        PrimitiveType primitive = field.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        String name = primitive.getPrimitiveTypeName().name();
        return logical == null ? name : name + " (" + logical + ")";
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            closeQuietly(spilled);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // a temporary file that cannot be deleted is left to the OS
        }
    }
}

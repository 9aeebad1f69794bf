package io.datamind.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON array of records, JSON Lines, or a single JSON object, through Jackson's streaming parser: one record is
 * in memory at a time, never the document. Nested objects are flattened to dotted paths ({@code address.city}) up to
 * the depth limit; an object deeper than that is one column holding its compact JSON text. An array becomes its
 * compact JSON text plus a {@code <path>.length} column with its number of elements. A record that is not an object
 * (a number in an array of numbers) is one column named {@code value}.
 */
final class JsonRecordReader implements RecordReader {

    static final String SCALAR_COLUMN = "value";
    static final String LENGTH_SUFFIX = ".length";

    private static final ObjectMapper TREES = new ObjectMapper();

    private final JsonParser parser;
    private final int maxDepth;
    private final boolean inArray;
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final String layout;
    private Object[] current = new Object[16];
    private boolean capped;
    private boolean finished;
    /** Outside an array, the first record's opening token was read while detecting the layout. */
    private JsonToken pending;

    /** @param knownColumns columns already named by an earlier pass, so their indexes stay the same */
    JsonRecordReader(InputStream in, StoredFile file, FileFormat format, int maxDepth, List<String> knownColumns)
            throws IOException {
        this(in, file, format, maxDepth, knownColumns, false);
    }

    /**
     * @param lines true for a slice of a JSON Lines file: every top-level value is a record, also when the slice's
     *              first record is an array (only the file's first token decides whether it is one array of records)
     */
    JsonRecordReader(InputStream in, StoredFile file, FileFormat format, int maxDepth, List<String> knownColumns,
                     boolean lines) throws IOException {
        this.parser = new JsonFactory().createParser(in);
        this.maxDepth = maxDepth;
        knownColumns.forEach(this::indexOf);
        JsonToken first = parser.nextToken();
        this.inArray = !lines && first == JsonToken.START_ARRAY;
        this.finished = first == null;
        this.pending = inArray ? null : first;
        this.layout = (inArray ? "JSON array of records" : format == FileFormat.JSON_LINES ? "JSON Lines" : "JSON records")
                + ", nested objects flattened to depth " + maxDepth;
    }

    @Override
    public boolean next() throws IOException {
        if (finished) {
            return false;
        }
        JsonToken token = pending != null ? pending : parser.nextToken();
        pending = null;
        if (token == null || inArray && token == JsonToken.END_ARRAY) {
            finished = true;
            return false;
        }
        Arrays.fill(current, null);
        if (token == JsonToken.START_OBJECT) {
            readObject("", 1);
        } else {
            put(SCALAR_COLUMN, readValue(SCALAR_COLUMN, 1));
        }
        return true;
    }

    private void readObject(String prefix, int depth) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String path = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT && depth < maxDepth) {
                readObject(path + ".", depth + 1);
            } else {
                put(path, readValue(path, depth));
            }
        }
    }

    private Object readValue(String path, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> new JsonText(TREES.readTree(parser).toString());
            case START_ARRAY -> {
                var array = TREES.readTree(parser);
                put(path + LENGTH_SUFFIX, (long) array.size());
                yield new JsonText(array.toString());
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> TextValues.normalizeNumber(
                    parser.getNumberType() == JsonParser.NumberType.BIG_DECIMAL ? parser.getDoubleValue() : parser.getNumberValue());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new FileReadException("unexpected JSON token " + token + " at " + parser.currentLocation());
        };
    }

    private void put(String column, Object value) {
        int index = indexOf(column);
        if (index < 0) {
            return;
        }
        if (index >= current.length) {
            current = Arrays.copyOf(current, Math.max(index + 1, current.length * 2));
        }
        current[index] = value;
    }

    private int indexOf(String column) {
        Integer index = indexes.get(column);
        if (index != null) {
            return index;
        }
        if (columns.size() >= MAX_COLUMNS) {
            capped = true;
            return -1;
        }
        columns.add(column);
        indexes.put(column, columns.size() - 1);
        return columns.size() - 1;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public Object value(int index) {
        return index < current.length ? current[index] : null;
    }

    @Override
    public String layout() {
        return layout;
    }

    @Override
    public boolean columnsCapped() {
        return capped;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}

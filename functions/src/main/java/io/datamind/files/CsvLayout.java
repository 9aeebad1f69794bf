package io.datamind.files;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The delimiter and header of a delimited text file, sniffed from its first characters by parsing them with each
 * candidate delimiter (commons-csv does the parsing, quotes and all): the delimiter giving the most rows with the
 * same field count (more than one field) wins. The first row is a header when its cells are non-empty, distinct and
 * none is a number, date or boolean, while some column below it holds such values or the row's values do not recur
 * below it. A file whose columns are all text and have no header is therefore read as having one.
 */
record CsvLayout(char delimiter, boolean header) {

    static final int SNIFF_CHARS = 64 * 1024;
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    private static final int SNIFF_ROWS = 100;

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(true)
                .setAllowMissingColumnNames(true)
                .get();
    }

    static CsvLayout sniff(String sample, boolean complete, FileFormat format) {
        char delimiter = format == FileFormat.TSV ? '\t' : bestDelimiter(sample, complete);
        List<List<String>> rows = rows(sample, complete, delimiter);
        return new CsvLayout(delimiter, looksLikeHeader(rows));
    }

    private static char bestDelimiter(String sample, boolean complete) {
        char best = ',';
        long bestScore = -1;
        for (char candidate : CANDIDATES) {
            List<List<String>> rows = rows(sample, complete, candidate);
            Map<Integer, Integer> widths = new HashMap<>();
            for (List<String> row : rows) {
                if (row.size() > 1) {
                    widths.merge(row.size(), 1, Integer::sum);
                }
            }
            long score = widths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** The sample's rows; its last row is dropped when the sample ends inside the file (it may be cut). */
    private static List<List<String>> rows(String sample, boolean complete, char delimiter) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(sample), format(delimiter))) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
                if (rows.size() > SNIFF_ROWS) {
                    return rows;
                }
            }
        } catch (IOException | RuntimeException unparseable) {
            // an unterminated quote inside the sample: what was parsed so far is the evidence
        }
        if (!complete && !rows.isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }

    private static boolean looksLikeHeader(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<String> first = rows.get(0);
        Set<String> distinct = new HashSet<>();
        for (String cell : first) {
            if (TextValues.isMissing(cell) || typed(cell) || !distinct.add(cell.strip())) {
                return false;
            }
        }
        if (rows.size() == 1) {
            return true;
        }
        for (int column = 0; column < first.size(); column++) {
            if (typedBelow(rows, column) || !recursBelow(rows, column, first.get(column))) {
                return true;
            }
        }
        return false;
    }

    private static boolean typed(String cell) {
        return TextValues.decimal(cell) != null || TextValues.bool(cell) != null || TextValues.timestamp(cell) != null;
    }

    private static boolean typedBelow(List<List<String>> rows, int column) {
        long values = 0;
        long typed = 0;
        for (List<String> row : rows.subList(1, rows.size())) {
            if (column < row.size() && !TextValues.isMissing(row.get(column))) {
                values++;
                typed += typed(row.get(column)) ? 1 : 0;
            }
        }
        return values > 0 && typed * 2 > values;
    }

    private static boolean recursBelow(List<List<String>> rows, int column, String value) {
        for (List<String> row : rows.subList(1, rows.size())) {
            if (column < row.size() && row.get(column).strip().equals(value.strip())) {
                return true;
            }
        }
        return false;
    }
}

package io.datamind.classify.validators;

import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/** Dates and times written as text: tries a fixed list of formats and reports the one that fits most values. */
public final class TextDates {

    /** What a format's first character can be. */
    public enum Opening {
        /** A number field: an ASCII digit, or a sign the year field may carry. */
        NUMBER,
        /** A month name. */
        LETTER,
        ANY;

        boolean admits(char first) {
            return switch (this) {
                case NUMBER -> first >= '0' && first <= '9' || first == '+' || first == '-';
                case LETTER -> Character.isLetter(first);
                case ANY -> true;
            };
        }
    }

    /**
     * A format as people write it ({@code display}) and its strict parser. {@code opening} and {@code separators}
     * (literal characters every value of the format contains) only reject values the parser would reject too,
     * without running it: most values fail most formats, and the parser is the dearest part of classifying text.
     */
    public record DatePattern(String display, DateTimeFormatter formatter, Opening opening, String separators) {
        public boolean parses(String value) {
            return parse(value).isPresent();
        }

        public Optional<TemporalAccessor> parse(String value) {
            if (!couldParse(value)) {
                return Optional.empty();
            }
            return parseWithoutScreening(value);
        }

        private boolean couldParse(String value) {
            if (value.isEmpty() || !opening.admits(value.charAt(0))) {
                return false;
            }
            for (int i = 0; i < separators.length(); i++) {
                if (value.indexOf(separators.charAt(i)) < 0) {
                    return false;
                }
            }
            return true;
        }

        /** The parser alone, for tests that the screening rejects nothing the parser accepts. */
        Optional<TemporalAccessor> parseWithoutScreening(String value) {
            // Screening without exceptions first: most values fail most patterns, and exceptions are slow.
            ParsePosition position = new ParsePosition(0);
            if (formatter.parseUnresolved(value, position) == null || position.getIndex() != value.length()) {
                return Optional.empty();
            }
            try {
                return Optional.of(formatter.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /**
         * As {@link #parse(String)}; when the caller expects the value to parse (the previous value of a column did),
         * parses in one pass instead of checking without exceptions first: a failure then costs an exception.
         */
        Optional<TemporalAccessor> parse(String value, boolean expectMatch) {
            if (!expectMatch || !couldParse(value)) {
                return parse(value);
            }
            ParsePosition position = new ParsePosition(0);
            try {
                TemporalAccessor parsed = formatter.parse(value, position);
                return position.getIndex() == value.length() ? Optional.of(parsed) : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The calendar date of a value, when the format has one. */
        public Optional<LocalDate> date(String value) {
            return calendarDate(parse(value));
        }

        private static Optional<LocalDate> calendarDate(Optional<TemporalAccessor> parsed) {
            return parsed.filter(temporal -> temporal.isSupported(ChronoField.EPOCH_DAY)).map(LocalDate::from);
        }
    }

    /**
     * The best format for a sample and the share of values it parses.
     *
     * @param parsed what the format made of each distinct value of the sample (empty map when not kept)
     */
    public record FormatMatch(DatePattern pattern, double ratio, Map<String, Optional<TemporalAccessor>> parsed) {

        public FormatMatch(DatePattern pattern, double ratio) {
            this(pattern, ratio, Map.of());
        }

        /** As {@code pattern().date(value)}, reusing the parse done while choosing the format for the sample's values. */
        public Optional<LocalDate> date(String value) {
            Optional<TemporalAccessor> known = parsed.get(value);
            return known == null ? pattern.date(value) : DatePattern.calendarDate(known);
        }
    }

    private static final List<DatePattern> PATTERNS = List.of(
            pattern("yyyy-MM-dd", DateTimeFormatter.ISO_LOCAL_DATE, Opening.NUMBER, "-"),
            pattern("yyyy-MM-dd'T'HH:mm:ss", DateTimeFormatter.ISO_LOCAL_DATE_TIME, Opening.NUMBER, "-:"),
            pattern("yyyy-MM-dd'T'HH:mm:ssXXX", DateTimeFormatter.ISO_OFFSET_DATE_TIME, Opening.NUMBER, "-:"),
            pattern("yyyy-MM-dd HH:mm:ss", new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd HH:mm:ss")
                    .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
                    .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
                    .toFormatter(Locale.ENGLISH), Opening.NUMBER, "- :"),
            pattern("yyyy-MM-dd HH:mm", "uuuu-MM-dd HH:mm"),
            pattern("yyyy/MM/dd", "uuuu/MM/dd"),
            pattern("dd/MM/yyyy", "dd/MM/uuuu"),
            pattern("MM/dd/yyyy", "MM/dd/uuuu"),
            pattern("d/M/yyyy", "d/M/uuuu"),
            pattern("M/d/yyyy", "M/d/uuuu"),
            pattern("dd.MM.yyyy", "dd.MM.uuuu"),
            pattern("dd-MM-yyyy", "dd-MM-uuuu"),
            pattern("MM-dd-yyyy", "MM-dd-uuuu"),
            pattern("dd/MM/yyyy HH:mm:ss", "dd/MM/uuuu HH:mm:ss"),
            pattern("MM/dd/yyyy HH:mm:ss", "MM/dd/uuuu HH:mm:ss"),
            pattern("dd/MM/yyyy HH:mm", "dd/MM/uuuu HH:mm"),
            pattern("MM/dd/yyyy HH:mm", "MM/dd/uuuu HH:mm"),
            pattern("dd.MM.yyyy HH:mm", "dd.MM.uuuu HH:mm"),
            pattern("d MMM yyyy", "d MMM uuuu"),
            pattern("d MMMM yyyy", "d MMMM uuuu"),
            pattern("MMM d, yyyy", "MMM d, uuuu"),
            pattern("MMMM d, yyyy", "MMMM d, uuuu"),
            pattern("dd-MMM-yyyy", "dd-MMM-uuuu"),
            // The day of the week is optional: the value may open with the day of the month.
            pattern("EEE, dd MMM yyyy HH:mm:ss z", DateTimeFormatter.RFC_1123_DATE_TIME, Opening.ANY, ":"),
            pattern("HH:mm:ss", "HH:mm:ss"),
            pattern("HH:mm", "HH:mm"));

    private TextDates() {
    }

    public static List<DatePattern> patterns() {
        return PATTERNS;
    }

    /**
     * The format that parses the largest share of the values, provided that share reaches {@code minRatio}
     * (first listed wins ties); empty when no format does.
     */
    public static Optional<FormatMatch> bestFormat(List<String> values, double minRatio) {
        return bestFormat(WeightedValues.of(values), minRatio);
    }

    /** As {@link #bestFormat(List, double)}; each distinct value is parsed once per format. */
    public static Optional<FormatMatch> bestFormat(WeightedValues values, double minRatio) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        FormatMatch best = null;
        List<Optional<TemporalAccessor>> parsed = new ArrayList<>(Collections.nCopies(values.distinctCount(), Optional.empty()));
        for (DatePattern candidate : PATTERNS) {
            // Stops as soon as too many values fail: most columns are not dates, and most patterns fail early.
            boolean[] previousParsed = {false};
            double ratio = values.shareOfIndexesIfAtLeast(i -> {
                Optional<TemporalAccessor> result = candidate.parse(values.distinctValue(i), previousParsed[0]);
                previousParsed[0] = result.isPresent();
                parsed.set(i, result);
                return previousParsed[0];
            }, minRatio);
            if (ratio >= minRatio && (best == null || ratio > best.ratio())) {
                // Every value was parsed (the share did not stop early): keep the results for date().
                Map<String, Optional<TemporalAccessor>> byValue = new HashMap<>(values.distinctCount() * 2);
                for (int i = 0; i < values.distinctCount(); i++) {
                    byValue.put(values.distinctValue(i), parsed.get(i));
                }
                best = new FormatMatch(candidate, ratio, Collections.unmodifiableMap(byValue));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A format from a pattern without optional sections or quoted text, so every character that is not a pattern
     * letter is a literal every value contains; it opens with a month name when it starts with "MMM".
     */
    private static DatePattern pattern(String display, String parsePattern) {
        DateTimeFormatter formatter = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(parsePattern)
                .toFormatter(Locale.ENGLISH);
        StringBuilder separators = new StringBuilder();
        parsePattern.chars().filter(c -> !Character.isLetter(c)).distinct().forEach(c -> separators.append((char) c));
        Opening opening = parsePattern.startsWith("MMM") ? Opening.LETTER : Opening.NUMBER;
        return pattern(display, formatter, opening, separators.toString());
    }

    private static DatePattern pattern(String display, DateTimeFormatter formatter, Opening opening, String separators) {
        return new DatePattern(display, formatter.withResolverStyle(ResolverStyle.STRICT), opening, separators);
    }
}

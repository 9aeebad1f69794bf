package io.datamind.classify.validators;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Postal codes of the shapes most countries use (numeric, UK, Canada, Netherlands, Poland, Brazil, Japan...).
 * Shapes alone prove little, so callers only trust them together with the column's name.
 */
public final class PostalCodeValidator {

    private static final List<Pattern> SHAPES = List.of(
            Pattern.compile("\\d{3,6}"),
            Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}"),
            Pattern.compile("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d"),
            Pattern.compile("\\d{4} ?[A-Z]{2}"),
            Pattern.compile("\\d{2}-\\d{3}"),
            Pattern.compile("\\d{5}-\\d{3,4}"),
            Pattern.compile("\\d{3}-\\d{4}"),
            Pattern.compile("[A-Z]{1,2}-?\\d{4,5}"));

    private PostalCodeValidator() {
    }

    public static boolean isValid(String value) {
        return SHAPES.stream().anyMatch(shape -> shape.matcher(value).matches());
    }

    /** Shapes with letters (UK, Canada, Netherlands): they identify postal codes even without a telling name. */
    public static boolean isAlphanumeric(String value) {
        return isValid(value) && value.chars().anyMatch(Character::isLetter) && value.chars().anyMatch(Character::isDigit);
    }
}

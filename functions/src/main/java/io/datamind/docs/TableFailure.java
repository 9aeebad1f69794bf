package io.datamind.docs;

/** Why a table could not be documented fully; the table still appears in the output with this. */
public record TableFailure(String step, String errorType, String message) {
}

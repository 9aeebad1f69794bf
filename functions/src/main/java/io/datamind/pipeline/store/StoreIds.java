package io.datamind.pipeline.store;

import java.util.regex.Pattern;

/** Run and source ids become parts of DynamoDB keys and S3 prefixes, so they are restricted to a safe alphabet. */
public final class StoreIds {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private StoreIds() {
    }

    public static String requireId(String what, String id) {
        if (id == null || !SAFE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " must be 1-128 characters of letters, digits, '.', '_', ':' or '-'"
                    + " starting with a letter or digit, got: " + id);
        }
        return id;
    }
}

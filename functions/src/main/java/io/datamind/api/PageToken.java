package io.datamind.api;

import io.datamind.pipeline.store.StoreIds;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code nextToken} of a list: the last id of the page, encoded so callers do not build tokens themselves.
 * Lists are ordered by id, so a page starts after the token's id even when sources were added or removed meanwhile.
 */
final class PageToken {

    private static final String PREFIX = "after:";

    private PageToken() {
    }

    static String after(String lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws ApiProblem 400 when the token is not one this API issued */
    static String lastId(String token) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return StoreIds.requireId("nextToken", decoded.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException notOurs) {
            // reported below
        }
        throw ApiProblem.badParameter("nextToken", "nextToken is not a token this API issued; pass the nextToken of"
                + " the previous page unchanged, or leave it out to start from the first page");
    }
}

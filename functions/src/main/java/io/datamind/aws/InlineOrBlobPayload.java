package io.datamind.aws;

import io.datamind.pipeline.store.BlobStore;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Keeps a JSON payload inside the item ({@code payload}) while it fits, otherwise in the blob store with only its key
 * in the item ({@code payloadRef}). DynamoDB rejects items over 400 KB; the limit leaves room for the other attributes.
 */
final class InlineOrBlobPayload {

    static final String INLINE = "payload";
    static final String BLOB_REF = "payloadRef";

    private final BlobStore blobs;
    private final int inlineLimitBytes;

    InlineOrBlobPayload(BlobStore blobs, int inlineLimitBytes) {
        this.blobs = blobs;
        this.inlineLimitBytes = inlineLimitBytes;
    }

    /** The attribute to store; an oversized payload is written to the blob store first, so no pointer ever dangles. */
    Map.Entry<String, AttributeValue> store(String blobKey, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= inlineLimitBytes) {
            return Map.entry(INLINE, AttributeValue.fromS(json));
        }
        blobs.put(blobKey, bytes);
        return Map.entry(BLOB_REF, AttributeValue.fromS(blobKey));
    }

    static String otherAttribute(String stored) {
        return INLINE.equals(stored) ? BLOB_REF : INLINE;
    }

    String load(Map<String, AttributeValue> item) {
        AttributeValue inline = item.get(INLINE);
        if (inline != null) {
            return inline.s();
        }
        AttributeValue ref = item.get(BLOB_REF);
        if (ref == null) {
            return null;
        }
        byte[] bytes = blobs.get(ref.s())
                .orElseThrow(() -> new IllegalStateException("payload blob " + ref.s() + " is missing"));
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

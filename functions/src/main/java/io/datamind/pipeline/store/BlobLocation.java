package io.datamind.pipeline.store;

/** Where a blob lives, for readers outside this code (a Distributed Map's ItemReader reads bucket and key). */
public record BlobLocation(String bucket, String key) {
}

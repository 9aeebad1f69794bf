package io.datamind.trigger;

import java.util.Optional;

/** Reads the input bucket for the trigger: manifests, and whether the files a manifest lists are there. */
public interface UploadedObjects {

    /**
     * The object's content, empty when the object no longer exists.
     *
     * @throws ManifestException when the object is larger than {@code maxBytes}
     */
    Optional<byte[]> read(String bucket, String key, int maxBytes);

    boolean exists(String bucket, String key);
}

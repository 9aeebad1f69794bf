package io.datamind.trigger;

/** A {@code _manifest.json} that cannot start a run; the message says what is wrong with it. */
public final class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}

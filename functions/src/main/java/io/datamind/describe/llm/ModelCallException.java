package io.datamind.describe.llm;

import java.time.Duration;

/**
 * A failed model call.
 *
 * @param retryAfter the provider's Retry-After, null when it gave none
 */
public final class ModelCallException extends RuntimeException {

    private final boolean retryable;
    private final transient Duration retryAfter;

    public ModelCallException(String message, boolean retryable, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** 429, 5xx and timeouts may succeed later; other statuses will not. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status == 408 || status >= 500;
    }

    public boolean retryable() {
        return retryable;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

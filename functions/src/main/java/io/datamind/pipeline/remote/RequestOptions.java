package io.datamind.pipeline.remote;

import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;

/**
 * The options of one run as the execution input carries them; any of them may be absent.
 *
 * @param maxConcurrency how many tables the state machine's Map state documents at once
 */
public record RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency) {

    public static final RequestOptions DEFAULTS = new RequestOptions(ProfileMode.AUTO,
            ProfileOptions.DEFAULTS.sampleRows(), 10);

    public RequestOptions {
        if (sampleRows != null && sampleRows <= 0) {
            throw new IllegalArgumentException("options.sampleRows must be positive, got " + sampleRows);
        }
        if (maxConcurrency != null && (maxConcurrency < 1 || maxConcurrency > 1000)) {
            throw new IllegalArgumentException("options.maxConcurrency must be between 1 and 1000, got " + maxConcurrency);
        }
    }

    /** Each option set here wins over the same option of {@code fallback}. */
    public RequestOptions over(RequestOptions fallback) {
        if (fallback == null) {
            return this;
        }
        return new RequestOptions(mode != null ? mode : fallback.mode(),
                sampleRows != null ? sampleRows : fallback.sampleRows(),
                maxConcurrency != null ? maxConcurrency : fallback.maxConcurrency());
    }

    public ProfileOptions profileOptions() {
        ProfileOptions options = ProfileOptions.DEFAULTS;
        if (mode != null) {
            options = options.withMode(mode);
        }
        return sampleRows != null ? options.withSampleRows(sampleRows) : options;
    }
}

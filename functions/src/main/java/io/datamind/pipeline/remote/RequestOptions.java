package io.datamind.pipeline.remote;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.datamind.profile.ProfileMode;
import io.datamind.profile.ProfileOptions;
import java.util.Locale;
import java.util.Set;

/**
 * The options of one run as the execution input carries them; any of them may be absent.
 *
 * @param maxConcurrency how many tables the state machine's Map state documents at once
 * @param describer      {@code heuristic} forces the offline describer for this run; {@code model} (or the configured
 *                       kind, {@code bedrock}/{@code openai}) or absent uses the describer the deployment configures
 * @param tokenBudget    model tokens (prompt + completion) the whole run may spend, 0 for no limit; absent uses the
 *                       deployment's default. Checked before each table, so tables in flight may overshoot it
 * @param full           true re-profiles and re-describes every table; otherwise a table whose fingerprint is unchanged
 *                       since the source's previous run keeps its previous profile and description
 * @param profileRowsPerInvocation a table profiled in full with more (estimated) rows than this is split into slices,
 *                       each profiled by its own invocation and then merged; absent uses the deployment's
 *                       DATAMIND_PROFILE_ROWS_PER_INVOCATION (a test sets it low to split a small table)
 * @param profileBytesPerInvocation an uncompressed CSV, TSV or JSON Lines file profiled in full with more bytes than
 *                       this is split into byte-range slices the same way; absent uses the deployment's
 *                       DATAMIND_PROFILE_BYTES_PER_INVOCATION
 */
public record RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency, String describer,
                             Long tokenBudget, Boolean full, Long profileRowsPerInvocation,
                             Long profileBytesPerInvocation) {

    public static final String HEURISTIC = "heuristic";
    public static final String MODEL = "model";
    private static final Set<String> DESCRIBERS = Set.of(HEURISTIC, MODEL, "bedrock", "openai");

    public static final RequestOptions DEFAULTS = new RequestOptions(ProfileMode.AUTO,
            ProfileOptions.DEFAULTS.sampleRows(), 10, null, null, null, null, null);

    @JsonCreator
    public RequestOptions {
        if (sampleRows != null && sampleRows <= 0) {
            throw new IllegalArgumentException("options.sampleRows must be positive, got " + sampleRows);
        }
        if (maxConcurrency != null && (maxConcurrency < 1 || maxConcurrency > 1000)) {
            throw new IllegalArgumentException("options.maxConcurrency must be between 1 and 1000, got " + maxConcurrency);
        }
        if (describer != null) {
            describer = describer.trim().toLowerCase(Locale.ROOT);
            if (!DESCRIBERS.contains(describer)) {
                throw new IllegalArgumentException("options.describer must be heuristic or model, got " + describer);
            }
        }
        if (tokenBudget != null && tokenBudget < 0) {
            throw new IllegalArgumentException("options.tokenBudget must not be negative, got " + tokenBudget);
        }
        if (profileRowsPerInvocation != null && profileRowsPerInvocation < 1) {
            throw new IllegalArgumentException("options.profileRowsPerInvocation must be positive, got "
                    + profileRowsPerInvocation);
        }
        if (profileBytesPerInvocation != null && profileBytesPerInvocation < 1) {
            throw new IllegalArgumentException("options.profileBytesPerInvocation must be positive, got "
                    + profileBytesPerInvocation);
        }
    }

    public RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency, String describer,
                          Long tokenBudget, Boolean full, Long profileRowsPerInvocation) {
        this(mode, sampleRows, maxConcurrency, describer, tokenBudget, full, profileRowsPerInvocation, null);
    }

    public RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency, String describer,
                          Long tokenBudget, Boolean full) {
        this(mode, sampleRows, maxConcurrency, describer, tokenBudget, full, null);
    }

    public RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency, String describer,
                          Long tokenBudget) {
        this(mode, sampleRows, maxConcurrency, describer, tokenBudget, null);
    }

    public RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency, String describer) {
        this(mode, sampleRows, maxConcurrency, describer, null);
    }

    public RequestOptions(ProfileMode mode, Long sampleRows, Integer maxConcurrency) {
        this(mode, sampleRows, maxConcurrency, null);
    }

    /** Each option set here wins over the same option of {@code fallback}. */
    public RequestOptions over(RequestOptions fallback) {
        if (fallback == null) {
            return this;
        }
        return new RequestOptions(mode != null ? mode : fallback.mode(),
                sampleRows != null ? sampleRows : fallback.sampleRows(),
                maxConcurrency != null ? maxConcurrency : fallback.maxConcurrency(),
                describer != null ? describer : fallback.describer(),
                tokenBudget != null ? tokenBudget : fallback.tokenBudget(),
                full != null ? full : fallback.full(),
                profileRowsPerInvocation != null ? profileRowsPerInvocation : fallback.profileRowsPerInvocation(),
                profileBytesPerInvocation != null ? profileBytesPerInvocation : fallback.profileBytesPerInvocation());
    }

    /** True when the run must re-profile and re-describe every table, changed or not. */
    public boolean forceFull() {
        return Boolean.TRUE.equals(full);
    }

    /** True when the run asked for the offline describer whatever the deployment configures. */
    public boolean offlineDescriber() {
        return HEURISTIC.equals(describer);
    }

    public ProfileOptions profileOptions() {
        ProfileOptions options = ProfileOptions.DEFAULTS;
        if (mode != null) {
            options = options.withMode(mode);
        }
        return sampleRows != null ? options.withSampleRows(sampleRows) : options;
    }
}

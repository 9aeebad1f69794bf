package io.datamind.docs;

import io.datamind.classify.ColumnSemantics;
import io.datamind.classify.PiiCategory;
import io.datamind.classify.SemanticType;
import io.datamind.profile.ColumnProfile;
import io.datamind.quality.DatabaseQuality;
import io.datamind.quality.Dimension;
import io.datamind.quality.Finding;
import io.datamind.quality.QualityScore;
import io.datamind.quality.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How semantics, PII ratings, scores and findings read in every document format. */
public final class QualityTexts {

    private QualityTexts() {
    }

    /** "92.5". */
    public static String score(QualityScore score) {
        return score == null ? "" : String.format(Locale.ROOT, "%.1f", score.score());
    }

    /** "completeness 95.3 · validity 98.8 · uniqueness 100.0". */
    public static String dimensions(QualityScore score) {
        if (score == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Dimension, Double> entry : score.dimensions().entrySet()) {
            parts.add(lowerCase(entry.getKey()) + " " + String.format(Locale.ROOT, "%.1f", entry.getValue()));
        }
        return String.join(" · ", parts);
    }

    /** "7 errors, 71 warnings, 50 notes". */
    public static String findingCounts(DatabaseQuality quality) {
        Map<Severity, Long> counts = quality.findingsBySeverity();
        return plural(counts.getOrDefault(Severity.ERROR, 0L), "error") + ", "
                + plural(counts.getOrDefault(Severity.WARNING, 0L), "warning") + ", "
                + plural(counts.getOrDefault(Severity.INFO, 0L), "note");
    }

    /** The column's semantic type with its confidence, "email (98%)"; empty when unknown. */
    public static String semanticType(ColumnProfile profile) {
        ColumnSemantics semantics = profile == null ? null : profile.semantics();
        if (semantics == null || semantics.type() == SemanticType.UNKNOWN) {
            return "";
        }
        return lowerCase(semantics.type()) + " (" + Figures.percent(semantics.confidence()) + ")";
    }

    /** True when the column holds personal data. */
    public static boolean isPii(ColumnProfile profile) {
        return profile != null && profile.semantics() != null && profile.semantics().piiCategory() != null
                && profile.semantics().piiCategory() != PiiCategory.NONE;
    }

    /** "contact · confidential"; empty for columns without personal data. */
    public static String pii(ColumnProfile profile) {
        if (!isPii(profile)) {
            return "";
        }
        return lowerCase(profile.semantics().piiCategory()) + " · " + lowerCase(profile.semantics().sensitivity());
    }

    /** "40 rows (1.3%)". */
    public static String affected(Finding finding) {
        return Figures.count(finding.affectedCount()) + " (" + Figures.percent(finding.affectedRatio()) + ")";
    }

    /** True when the finding's reproduction is a statement to run, not the logic in words. */
    public static boolean hasSql(Finding finding) {
        String sql = finding.reproduceSql();
        if (sql == null) {
            return false;
        }
        String start = sql.stripLeading().toUpperCase(Locale.ROOT);
        return start.startsWith("SELECT") || start.startsWith("WITH") || start.startsWith("--");
    }

    public static String lowerCase(Enum<?> value) {
        return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}

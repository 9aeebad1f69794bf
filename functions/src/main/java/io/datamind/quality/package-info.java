/**
 * Data-quality findings, scores and suggested rules for one table or a whole source.
 *
 * <h2>Findings</h2>
 * Each {@link io.datamind.quality.QualityRule} looks at the catalog ({@code TableSchema}), the profile
 * ({@code TableProfile}), the classifier's {@code ColumnSemantics} and the relationships, and reports
 * {@link io.datamind.quality.Finding}s. Profile-only rules need no database; SQL rules count exactly in the
 * source, on a read-only connection with a statement timeout and quoted identifiers, and every finding carries
 * the SQL that reproduces its count (or, for figures taken from the profile or the classifier's sample, the
 * logic in words). Examples are masked by the caller's masker before they are stored.
 *
 * <h2>Sampled and hybrid profiles</h2>
 * A sampled profile's figures describe its sample. A hybrid profile also counted, over every row, the table's rows
 * and each column's NULLs, empty strings and extremes: whatever a rule states or decides from those (MISSING,
 * EMPTY_STRINGS, the dates and outliers worth a query, STALE, a suggested complete or range rule) takes them
 * ({@link io.datamind.quality.RuleContext}, {@link io.datamind.quality.WholeTable}); distributions (quantiles, shapes,
 * distinct and top values) stay the sample's, and a sample's share is carried over to the table, never divided by
 * the counted rows.
 *
 * <h2>Scoring</h2>
 * Scores run from 0 to 100 and are made of four dimensions. Only findings of severity WARNING or ERROR that
 * name a dimension lower a score; INFO findings (candidate keys, skew, imbalance, high cardinality, constant
 * columns, IQR outliers) and unscored findings (stale or empty table) are reported but never deducted.
 * <ol>
 * <li><b>Dimension score of a column</b> = 100 × Π (1 − r<sub>f</sub>) over the scored findings f of that
 *     dimension on that column, where r<sub>f</sub> is the finding's affected ratio (clamped to 0..1). One
 *     finding of 3% invalid e-mail addresses gives validity 97; 10% NULLs and 5% empty strings give completeness
 *     100 × 0.90 × 0.95 = 85.5.</li>
 * <li><b>Which dimensions apply to a column</b>: COMPLETENESS (MISSING, EMPTY_STRINGS) and VALIDITY
 *     (INVALID_VALUES, OFF_SHAPE, OUTLIERS_MAD, FUTURE_DATE, IMPLAUSIBLE_DATE) to every column; UNIQUENESS
 *     (NON_UNIQUE_KEY) to primary-key, unique and key-named columns; INTEGRITY (ORPHANS) to columns that reference
 *     another table through a declared or inferred relationship.</li>
 * <li><b>Column score</b> = Σ w<sub>d</sub> · s<sub>d</sub> ÷ Σ w<sub>d</sub> over the dimensions that apply,
 *     with weights completeness 0.30, validity 0.30, uniqueness 0.20, integrity 0.20.</li>
 * <li><b>Table dimension score</b> = the mean of that dimension over the columns it applies to, times
 *     Π (1 − r<sub>f</sub>) of the table-level findings of that dimension (DUPLICATES, which also makes
 *     UNIQUENESS apply to a table without key columns). The <b>table score</b> is the same weighted mean over the
 *     dimensions present.</li>
 * <li><b>Database score</b> ({@link io.datamind.quality.DatabaseQuality}) = the mean of the table scores; each
 *     database dimension is the mean of that dimension over the tables it applies to.</li>
 * </ol>
 * Scores are rounded to one decimal. A table with no scored finding scores 100.
 *
 * <h2>Suggested rules</h2>
 * {@code io.datamind.quality.suggest} proposes checks that hold on today's data (complete, unique, value range,
 * allowed values, pattern, length bounds, foreign key, non-empty table), in the spirit of Deequ's constraint
 * suggestions; {@code io.datamind.quality.export} writes them as AWS Glue Data Quality DQDL or a dbt schema.yml.
 */
package io.datamind.quality;

package io.datamind.describe.llm.review;

import io.datamind.describe.ColumnDescription;
import io.datamind.describe.DescribeRequest;
import io.datamind.describe.Describer;
import io.datamind.describe.Description;
import io.datamind.describe.DescriptionSource;
import io.datamind.describe.DescriptionStatus;
import io.datamind.describe.TableDescription;
import java.util.List;

/**
 * Applies reviewed descriptions over any describer's output: a reviewed text wins over model and heuristic text
 * and is marked ACCEPTED. Database comments stay as they are (the database is authoritative; fix it there).
 */
public final class ReviewedDescriber implements Describer {

    private final Describer describer;
    private final DescriptionOverrides overrides;

    public ReviewedDescriber(Describer describer, DescriptionOverrides overrides) {
        this.describer = describer;
        this.overrides = overrides;
    }

    @Override
    public TableDescription describe(DescribeRequest request) {
        TableDescription written = describer.describe(request);
        DescriptionOverrides.TableOverride reviewed = overrides.tables().get(request.schema().table().key());
        return reviewed == null ? written : apply(written, reviewed);
    }

    /** Reviewed texts added or edited since the previous run apply to its kept descriptions too. */
    @Override
    public TableDescription reuse(TableDescription previous) {
        TableDescription kept = describer.reuse(previous);
        DescriptionOverrides.TableOverride reviewed = overrides.tables().get(kept.table().key());
        return reviewed == null ? kept : apply(kept, reviewed);
    }

    static TableDescription apply(TableDescription written, DescriptionOverrides.TableOverride reviewed) {
        Description table = accepted(written.description(), reviewed.description(), reviewed.businessName(), reviewed.tags());
        List<ColumnDescription> columns = written.columns().stream().map(column -> {
            DescriptionOverrides.ColumnOverride override = reviewed.columns().get(column.column());
            return override == null ? column : new ColumnDescription(column.column(),
                    accepted(column.description(), override.description(), override.businessName(), null));
        }).toList();
        return new TableDescription(written.table(), table, columns);
    }

    private static Description accepted(Description current, String text, String businessName, List<String> tags) {
        if (current != null && current.source() == DescriptionSource.DATABASE || text == null || text.isBlank()) {
            return current;
        }
        boolean unchanged = current != null && text.strip().equals(current.text());
        DescriptionSource source = unchanged ? current.source() : reviewedSource(current);
        return new Description(text.strip(), source, DescriptionStatus.ACCEPTED,
                businessName != null ? businessName : current == null ? null : current.businessName(),
                current == null ? null : current.confidence(),
                tags != null ? tags : current == null ? null : current.tags());
    }

    /** Edited text keeps the source of what the reviewer started from; the status says a person approved it. */
    private static DescriptionSource reviewedSource(Description current) {
        return current == null ? DescriptionSource.HEURISTIC : current.source();
    }
}

package io.datamind.quality;

import io.datamind.classify.ColumnSemantics;
import io.datamind.profile.TableProfile;
import io.datamind.relate.Relationship;
import io.datamind.scan.TableSchema;
import java.util.List;
import java.util.Map;

/** What the earlier steps know about one table: catalog, profile, classification and relationships. */
public record QualityInput(TableSchema schema, TableProfile profile, Map<String, ColumnSemantics> semantics,
                           List<Relationship> relationships) {
    public QualityInput {
        semantics = semantics == null ? Map.of() : Map.copyOf(semantics);
        relationships = relationships == null ? List.of() : List.copyOf(relationships);
    }
}

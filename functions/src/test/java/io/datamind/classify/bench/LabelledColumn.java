package io.datamind.classify.bench;

import io.datamind.classify.ColumnEvidence;
import io.datamind.classify.SemanticType;

/** A generated column and the type a careful person would give it. {@code decoy} marks look-alikes of another type. */
public record LabelledColumn(ColumnEvidence evidence, SemanticType expected, boolean decoy) {
}

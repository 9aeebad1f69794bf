package io.datamind.relate;

public enum RelationshipOrigin { DECLARED, INFERRED }

package io.datamind.relate;

import io.datamind.scan.TypeFamily;
import java.util.Set;

/** Key types that can hold the same values: an integer column cannot point at a text key. */
final class TypeCompatibility {

    private static final Set<TypeFamily> KEY_FAMILIES = Set.of(
            TypeFamily.INTEGER, TypeFamily.DECIMAL, TypeFamily.TEXT, TypeFamily.UUID);

    private TypeCompatibility() {
    }

    static boolean compatible(TypeFamily column, TypeFamily key) {
        return column == key && KEY_FAMILIES.contains(column);
    }
}

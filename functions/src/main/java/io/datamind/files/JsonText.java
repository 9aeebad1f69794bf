package io.datamind.files;

/** A nested value kept whole as compact JSON text: an array, or an object below the depth limit. */
record JsonText(String json) {

    @Override
    public String toString() {
        return json;
    }
}

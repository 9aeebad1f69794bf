package io.datamind.docs;

import java.io.IOException;

/** One output format over the dictionary model. */
public interface Renderer {
    OutputFormat format();

    void render(DataDictionary dictionary, DocumentSink sink) throws IOException;
}

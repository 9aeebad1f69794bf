package io.datamind.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Chooses the character encoding of a text data file from its first bytes: a byte order mark (UTF-8, UTF-16 LE/BE)
 * wins; otherwise UTF-8 when the first {@value #PROBE_BYTES} bytes are valid UTF-8, else windows-1252 (a superset of
 * Latin-1's printable characters). NUL bytes without a UTF-16 mark mean the file is binary, not text. Bytes that do not
 * decode later in the file become U+FFFD rather than failing the table.
 */
final class TextDecoding {

    static final int PROBE_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * The decoded text and the encoding chosen.
     *
     * @param bomBytes length of the byte order mark skipped at the start of the file (0 without one)
     */
    record Decoded(Reader reader, String encoding, Charset charset, int bomBytes) {

        /** True when byte 0x0A is always a line feed in this encoding, so the file may be split at line starts. */
        boolean lineSplittable() {
            return charset.equals(StandardCharsets.UTF_8) || charset.equals(WINDOWS_1252);
        }
    }

    static Decoded open(InputStream raw, String fileName) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, PROBE_BYTES);
        in.mark(PROBE_BYTES);
        byte[] probe = in.readNBytes(PROBE_BYTES);
        in.reset();
        if (startsWith(probe, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return decoded(in, StandardCharsets.UTF_8, "UTF-8 with BOM", 3);
        }
        if (startsWith(probe, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return decoded(in, StandardCharsets.UTF_16LE, "UTF-16LE", 2);
        }
        if (startsWith(probe, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return decoded(in, StandardCharsets.UTF_16BE, "UTF-16BE", 2);
        }
        if (contains(probe, (byte) 0)) {
            throw new FileReadException(fileName + " is binary (it contains NUL bytes), not text");
        }
        if (validUtf8(probe)) {
            return decoded(in, StandardCharsets.UTF_8, "UTF-8", 0);
        }
        return decoded(in, WINDOWS_1252, "windows-1252 (not valid UTF-8)", 0);
    }

    private static Decoded decoded(InputStream in, Charset charset, String name, int bomBytes) {
        return new Decoded(reader(in, charset), name, charset, bomBytes);
    }

    /** {@code in} decoded as {@code charset}, bytes that do not decode becoming U+FFFD: a slice uses its file's. */
    static Reader reader(InputStream in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new InputStreamReader(in, decoder);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean contains(byte[] bytes, byte wanted) {
        for (byte b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    /** A multi-byte character cut by the end of the probe is not an error: only complete invalid sequences are. */
    static boolean validUtf8(byte[] probe) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(probe);
        CharBuffer out = CharBuffer.allocate(probe.length + 1);
        return !decoder.decode(in, out, false).isError();
    }

}

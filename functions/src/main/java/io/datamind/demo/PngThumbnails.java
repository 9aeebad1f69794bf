package io.datamind.demo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Tiny but real PNG images (a colour gradient), so the BLOB column holds what its name promises. */
final class PngThumbnails {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int SIZE = 24;

    private PngThumbnails() {
    }

    static byte[] gradient(DemoRandom random) {
        int[] from = {random.between(0, 255), random.between(0, 255), random.between(0, 255)};
        int[] to = {random.between(0, 255), random.between(0, 255), random.between(0, 255)};
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(SIGNATURE);
        png.writeBytes(chunk("IHDR", ByteBuffer.allocate(13).putInt(SIZE).putInt(SIZE)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()));
        png.writeBytes(chunk("IDAT", deflate(pixels(from, to))));
        png.writeBytes(chunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    private static byte[] pixels(int[] from, int[] to) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < SIZE; y++) {
            raw.write(0);
            for (int x = 0; x < SIZE; x++) {
                for (int channel = 0; channel < 3; channel++) {
                    raw.write(from[channel] + (to[channel] - from[channel]) * (x + y) / (2 * SIZE - 2));
                }
            }
        }
        return raw.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }
}

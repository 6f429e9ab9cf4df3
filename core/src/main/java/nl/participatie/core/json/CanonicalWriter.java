package nl.participatie.core.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes the canonical form of records through one {@link ObjectWriter}, with a generator and a byte buffer kept per
 * thread instead of a new generator, a recycled 8 KB buffer and its release for every record the engine hashes.
 *
 * <p>Thread-safe because nothing mutable is shared: each thread has its own generator over its own buffer (a
 * {@link ThreadLocal}), and hands out a copy of the bytes. The writer is the same {@link ObjectWriter} the plain path
 * uses and configures the kept generator on every call as it configures a new one, so the bytes are the same. A kept
 * generator writes each record as a root value without a separator; a record whose writing failed (or a call made from
 * within a write on the same thread) drops the thread's generator or takes the plain path, so a half-written record
 * never leaks into the next. A buffer that grew beyond {@link #KEEP_AT_MOST} for a large record is not kept.
 */
final class CanonicalWriter {

    /** The largest buffer a thread keeps between records; larger records still work, with a buffer of their own. */
    static final int KEEP_AT_MOST = 64 * 1024;

    private final ObjectWriter writer;
    private final ThreadLocal<Slot> slots = new ThreadLocal<>();

    CanonicalWriter(ObjectWriter writer) {
        this.writer = writer;
    }

    /** The bytes of the value, as {@code writer.writeValueAsBytes(value)} writes them. */
    byte[] write(Object value) throws IOException {
        Slot slot = slots.get();
        if (slot == null) {
            slot = new Slot(writer);
            slots.set(slot);
        } else if (slot.busy) {
            // Asked again while this thread's generator is half-way through a value: write this one apart.
            return writer.writeValueAsBytes(value);
        }
        slot.busy = true;
        boolean written = false;
        try {
            writer.writeValue(slot.generator, value);
            slot.generator.flush();
            byte[] bytes = slot.out.toByteArray();
            written = true;
            return bytes;
        } finally {
            slot.busy = false;
            if (written && slot.out.capacity() <= KEEP_AT_MOST) {
                slot.out.reset();
            } else {
                slots.remove();
            }
        }
    }

    /** One thread's generator and the buffer it writes into. */
    private static final class Slot {
        final Buffer out = new Buffer();
        final JsonGenerator generator;
        boolean busy;

        Slot(ObjectWriter writer) throws IOException {
            generator = writer.createGenerator(out, JsonEncoding.UTF8);
            // Every record is a root value of this one generator: no separator between them.
            generator.setRootValueSeparator(null);
        }
    }

    /** A growable byte buffer without the locks of {@link java.io.ByteArrayOutputStream}: one thread uses it. */
    private static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[512];
        private int count;

        @Override
        public void write(int b) {
            ensure(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            ensure(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        private void ensure(int more) {
            if (count + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + more));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, count);
        }

        int capacity() {
            return bytes.length;
        }

        void reset() {
            count = 0;
        }
    }
}

package app.orbit.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import org.h2.store.fs.FileBaseDefault;

/**
 * A file in H2's encrypted format ({@code CIPHER=AES}, {@code org.h2.store.fs.encrypt.FileEncrypt})
 * read and written through {@link XtsCipher}: what one writes, the other reads, byte for byte
 * (EncryptedFormatTest). The format: a 4 KiB header ({@code H2encrypt\n}, the 8-byte salt, zeros),
 * then the data in encrypted 4 KiB sectors; a size that is not whole sectors is told by the file's
 * length: the last sector is written whole, followed by as many zero bytes as the size has past
 * its last whole sector.
 */
final class XtsFileChannel extends FileBaseDefault {

    static final int HEADER_LENGTH = XtsCipher.SECTOR;
    private static final int SECTOR = XtsCipher.SECTOR;
    private static final int MASK = SECTOR - 1;
    private static final byte[] MAGIC = "H2encrypt\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int SALT_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Sectors kept decrypted, the last read in each of these slots (by sector number): H2 reads a
     * page at a time, a few hundred bytes on average, and without them each read decrypted its
     * whole sector again — eight times the bytes asked while the first window opened
     * (docs/benchmarks.md). 256 sectors: 1 MiB per open file.
     */
    private static final int CACHED_SECTORS = 256;
    /** Longer reads are not kept. */
    private static final int CACHED_READ_MAX = 16 * SECTOR;

    private final FileChannel base;
    /** Guards the decrypted sectors: what slot holds which sector, and the count of writes. */
    private final Object cacheLock = new Object();
    private long[] cachedSector;
    private byte[][] cachedData;
    /** Counts writes and truncations: a read that saw another count does not keep what it read. */
    private long writes;
    private final String name;
    private final Runnable onClose;
    private byte[] fileKey;
    private volatile XtsCipher cipher;
    /** The size as H2 sees it, without the header. */
    private volatile long size;

    /**
     * Wraps {@code base}; nothing is read or written before the first use, so the caller can lock
     * the file first, as H2 does.
     */
    XtsFileChannel(String name, byte[] fileKey, FileChannel base, Runnable onClose) {
        this.name = name;
        this.fileKey = fileKey.clone();
        this.base = base;
        this.onClose = onClose;
    }

    /** The file as it is on the disk, encrypted: for a backup that copies it as it is. */
    FileChannel raw() {
        return base;
    }

    private XtsCipher cipher() throws IOException {
        XtsCipher c = cipher;
        return c != null ? c : init();
    }

    private synchronized XtsCipher init() throws IOException {
        if (cipher != null) {
            return cipher;
        }
        long data = base.size() - HEADER_LENGTH;
        byte[] salt = new byte[SALT_LENGTH];
        if (data >= 0) {
            readFully(base, MAGIC.length, ByteBuffer.wrap(salt));
            // A size past whole sectors is written after a whole last sector (see the class comment).
            size = (data & MASK) != 0 ? data - SECTOR : data;
        } else {
            RANDOM.nextBytes(salt);
            byte[] header = Arrays.copyOf(MAGIC, HEADER_LENGTH);
            System.arraycopy(salt, 0, header, MAGIC.length, SALT_LENGTH);
            writeFully(base, 0, ByteBuffer.wrap(header));
            size = 0;
        }
        cipher = XtsCipher.of(fileKey, salt);
        Arrays.fill(fileKey, (byte) 0);
        fileKey = null;
        return cipher;
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
        int wanted = dst.remaining();
        if (wanted == 0) {
            return 0;
        }
        XtsCipher c = cipher();
        if (position < 0) {
            throw new IllegalArgumentException("position: " + position);
        }
        long end = size;
        if (position >= end) {
            return -1;
        }
        int length = (int) Math.min(wanted, end - position);
        long from = position & ~MASK;
        int skip = (int) (position - from);
        int whole = (skip + length + MASK) & ~MASK;
        if (whole > CACHED_READ_MAX) {
            // Long reads (copies, whole chunks) are decrypted for the caller only.
            if (skip == 0 && whole == length && dst.hasArray()) {
                int at = dst.position();
                readFully(base, from + HEADER_LENGTH, dst.duplicate().limit(at + length));
                c.decrypt(from / SECTOR, dst.array(), dst.arrayOffset() + at, length);
                dst.position(at + length);
                return length;
            }
            byte[] buffer = new byte[whole];
            readFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buffer));
            c.decrypt(from / SECTOR, buffer, 0, whole);
            dst.put(buffer, skip, length);
            return length;
        }
        byte[] buffer = new byte[whole];
        long first = from / SECTOR;
        int sectors = whole / SECTOR;
        long seen = fromCache(first, sectors, buffer);
        if (seen != -1) {
            readFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buffer));
            c.decrypt(first, buffer, 0, whole);
            keep(first, sectors, buffer, seen);
        }
        dst.put(buffer, skip, length);
        return length;
    }

    /**
     * Copies the sectors from the cache when it holds every one of them and returns -1; otherwise
     * the count of writes now, for {@link #keep}.
     */
    private long fromCache(long first, int sectors, byte[] buffer) {
        synchronized (cacheLock) {
            if (cachedSector == null) {
                return writes;
            }
            for (int s = 0; s < sectors; s++) {
                if (cachedSector[slot(first + s)] != first + s) {
                    return writes;
                }
            }
            for (int s = 0; s < sectors; s++) {
                System.arraycopy(cachedData[slot(first + s)], 0, buffer, s * SECTOR, SECTOR);
            }
            return -1;
        }
    }

    /** Keeps decrypted sectors read from the disk, unless a write or truncation came since ({@code seen}). */
    private void keep(long first, int sectors, byte[] buffer, long seen) {
        synchronized (cacheLock) {
            if (writes != seen) {
                return;
            }
            if (cachedSector == null) {
                cachedSector = new long[CACHED_SECTORS];
                Arrays.fill(cachedSector, -1);
                cachedData = new byte[CACHED_SECTORS][];
            }
            for (int s = 0; s < sectors; s++) {
                int slot = slot(first + s);
                if (cachedData[slot] == null) {
                    cachedData[slot] = new byte[SECTOR];
                }
                System.arraycopy(buffer, s * SECTOR, cachedData[slot], 0, SECTOR);
                cachedSector[slot] = first + s;
            }
        }
    }

    /** Forgets the decrypted sectors from {@code first} on ({@code sectors} of them; -1: all), after a write. */
    private void forget(long first, long sectors) {
        synchronized (cacheLock) {
            writes++;
            if (cachedSector == null) {
                return;
            }
            for (int slot = 0; slot < CACHED_SECTORS; slot++) {
                long sector = cachedSector[slot];
                if (sector >= first && (sectors < 0 || sector < first + sectors)) {
                    cachedSector[slot] = -1;
                }
            }
        }
    }

    private static int slot(long sector) {
        return (int) (sector & (CACHED_SECTORS - 1));
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
        XtsCipher c = cipher();
        if (position < 0) {
            throw new IllegalArgumentException("position: " + position);
        }
        int length = src.remaining();
        long from = position & ~MASK;
        int skip = (int) (position - from);
        int whole = (skip + length + MASK) & ~MASK;
        byte[] buffer = new byte[whole];
        if (skip != 0 || whole != length) {
            // The sectors the write touches only in part are read, changed and written whole.
            long end = size;
            if (from < end) {
                long sectorsEnd = (end + MASK) & ~MASK;
                int have = (int) Math.min(whole, sectorsEnd - from);
                readFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buffer, 0, have));
                c.decrypt(from / SECTOR, buffer, 0, have);
            }
        }
        src.get(buffer, skip, length);
        c.encrypt(from / SECTOR, buffer, 0, whole);
        try {
            writeFully(base, from + HEADER_LENGTH, ByteBuffer.wrap(buffer));
        } finally {
            // A write that failed half-way leaves sectors whose content is not known.
            forget(from / SECTOR, whole / SECTOR);
        }
        long newSize = Math.max(size, position + length);
        int past = (int) (newSize & MASK);
        long sectorsEnd = from + whole;
        if (past > 0 && sectorsEnd == ((newSize + MASK) & ~MASK)) {
            // The write reached the last sector: its length tells the size again (zeros after it).
            writeFully(base, sectorsEnd + HEADER_LENGTH, ByteBuffer.allocate(past));
        } else if (past == 0 && (size & MASK) != 0 && newSize > size) {
            // From a size past whole sectors to whole ones: the zeros that told the old size go
            // (H2's FileEncrypt leaves them, and the file would read shorter when opened again).
            base.truncate(HEADER_LENGTH + newSize);
        }
        size = newSize;
        return length;
    }

    @Override
    public long size() throws IOException {
        cipher();
        return size;
    }

    @Override
    protected void implTruncate(long newSize) throws IOException {
        cipher();
        if (newSize < 0) {
            throw new IllegalArgumentException("size: " + newSize);
        }
        if (newSize > size) {
            return;
        }
        // A size past whole sectors keeps its last sector whole, and as many bytes after it.
        try {
            base.truncate(HEADER_LENGTH + ((newSize & MASK) == 0 ? newSize : newSize + SECTOR));
        } finally {
            forget(0, -1);
        }
        size = newSize;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long length, boolean shared) throws IOException {
        return base.tryLock(position, length, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        try {
            base.close();
        } finally {
            synchronized (cacheLock) {
                // Decrypted pages do not outlive the file's use.
                if (cachedData != null) {
                    for (byte[] sector : cachedData) {
                        if (sector != null) {
                            Arrays.fill(sector, (byte) 0);
                        }
                    }
                }
                cachedSector = null;
                cachedData = null;
            }
            onClose.run();
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static void readFully(FileChannel file, long position, ByteBuffer dst) throws IOException {
        while (dst.hasRemaining()) {
            int n = file.read(dst, position);
            if (n < 0) {
                throw new EOFException("the encrypted file ends before " + (position + dst.remaining()));
            }
            position += n;
        }
    }

    private static void writeFully(FileChannel file, long position, ByteBuffer src) throws IOException {
        while (src.hasRemaining()) {
            position += file.write(src, position);
        }
    }
}

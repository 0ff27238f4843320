package app.orbit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's file system for encrypted databases: {@code orbitaes:<handle>:/path/orbit.mv.db} is the
 * file {@code /path/orbit.mv.db} in H2's encrypted format, read and written by
 * {@link XtsFileChannel}. The handle names a {@link DatabaseKey} held in this process's memory:
 * the key itself is never in a URL, a log line or an H2 message. Public with a public constructor
 * because H2 makes its instances by reflection.
 */
public final class EncryptedFilePath extends FilePathWrapper {

    static final String SCHEME = "orbitaes";
    /**
     * The keys by handle, held for the life of the process. Not weakly: a URL names its key by
     * handle only, and a key that only a URL still named (a copy's, a staging file's) could be
     * collected before H2 opened the file ("Could not open file orbitaes:…", seen once in
     * EncryptionTest under load). A process holds a handful: one per passphrase it was given.
     */
    private static final Map<String, DatabaseKey> KEYS = new ConcurrentHashMap<>();
    /** The encrypted files open now, by their real path: an online backup copies one as it is on the disk. */
    private static final Map<String, XtsFileChannel> OPEN = new ConcurrentHashMap<>();

    static {
        FilePath.register(new EncryptedFilePath());
    }

    /** For H2's reflection; Orbit names files through {@link DatabaseKey#h2Name}. */
    public EncryptedFilePath() {
    }

    /** The prefix naming a key's files; registers the key under its handle. */
    static String prefix(String handle, DatabaseKey key) {
        // An equal key already under this handle stays.
        KEYS.putIfAbsent(handle, key);
        return SCHEME + ":" + handle + ":";
    }

    /** The handle already given to an equal key, so that H2 sees one database under one name. */
    static String handleOf(DatabaseKey key) {
        for (Map.Entry<String, DatabaseKey> e : KEYS.entrySet()) {
            DatabaseKey k = e.getValue();
            if (k.sameKey(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** The channel H2 has open on this file, if it has one (for an online backup). */
    static XtsFileChannel openOn(Path file) throws IOException {
        return OPEN.get(file.toRealPath().toString());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    protected String getPrefix() {
        return SCHEME + ":" + handle(name) + ":";
    }

    @Override
    protected FilePath unwrap(String path) {
        return FilePath.get(path.substring(SCHEME.length() + 1 + handle(path).length() + 1));
    }

    private static String handle(String path) {
        int start = SCHEME.length() + 1;
        int end = path.indexOf(':', start);
        if (!path.startsWith(SCHEME + ":") || end < 0) {
            throw new IllegalArgumentException("not an encrypted file's name");
        }
        return path.substring(start, end);
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        DatabaseKey key = KEYS.get(handle(name));
        if (key == null) {
            throw new IOException("no key was given for this encrypted file");
        }
        FileChannel raw = getBase().open(mode);
        String real;
        try {
            real = Path.of(getBase().toRealPath().name).toString();
        } catch (RuntimeException e) {
            raw.close();
            throw e;
        }
        XtsFileChannel[] self = new XtsFileChannel[1];
        byte[] fileKey = key.fileKey();
        self[0] = new XtsFileChannel(getBase().name, fileKey, raw, () -> OPEN.remove(real, self[0]));
        java.util.Arrays.fill(fileKey, (byte) 0);
        OPEN.put(real, self[0]);
        return self[0];
    }

    @Override
    public InputStream newInputStream() throws IOException {
        // Every file under this scheme is encrypted, however H2 reads it.
        return Channels.newInputStream(open("r"));
    }

    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public long size() {
        // The size H2 sees, from the length alone, as for an open file.
        long data = Math.max(0, getBase().size() - XtsFileChannel.HEADER_LENGTH);
        return (data & (XtsCipher.SECTOR - 1)) != 0 ? data - XtsCipher.SECTOR : data;
    }
}

package app.orbit.store;

import app.orbit.service.Log;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The key of an encrypted data directory derived ahead, on a thread of its own, from a passphrase
 * known when the process starts without asking anyone ({@code ORBIT_PASSPHRASE_FILE}): the
 * half-second of Argon2id runs while the rest of Orbit starts instead of in the middle of its
 * opening (docs/decisions/0013-encryption-at-rest.md). Given to {@link Database#open} as its
 * passphrase source, it hands over the key once; a wrong passphrase is refused there, before H2
 * reads the file, as with any source. Should the key file change between the derivation and the
 * opening (a change of passphrase finished meanwhile), or the derivation fail, the key is derived
 * again the usual way, from the same source.
 */
public final class KeyAhead implements PassphraseSource {

    private static final Log LOG = Log.of(KeyAhead.class);

    private final Path dataDir;
    private final PassphraseSource source;
    private final CountDownLatch done = new CountDownLatch(1);
    private final AtomicBoolean taken = new AtomicBoolean();
    /** What the thread derived; null when it derived nothing. Dropped once handed over. */
    private volatile Encryption.Derivation derivation;

    private KeyAhead(Path dataDir, PassphraseSource source) {
        this.dataDir = dataDir;
        this.source = source;
    }

    /**
     * Starts deriving the key of {@code dataDir}'s database from {@code source}'s passphrase, when
     * that database is encrypted and {@code wanted} (checked on the new thread) says it is the
     * one that will open; otherwise nothing is read and the source is asked only if ever needed.
     */
    public static KeyAhead start(Path dataDir, PassphraseSource source, BooleanSupplier wanted) {
        KeyAhead ahead = new KeyAhead(dataDir, source);
        Thread t = new Thread(() -> ahead.derive(wanted), "orbit-key");
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    private void derive(BooleanSupplier wanted) {
        try {
            if (wanted.getAsBoolean() && Database.exists(dataDir) && Encryption.encrypted(dataDir)) {
                char[] chars = source.passphrase();
                try {
                    derivation = Encryption.derive(dataDir, chars);
                } finally {
                    Arrays.fill(chars, '\0');
                }
            }
        } catch (RuntimeException e) {
            // Derived again the usual way when asked, which says what went wrong then.
        } finally {
            done.countDown();
        }
    }

    /** Waits for the thread to end (tests: a change made after the derivation). */
    void awaitDerivation() throws InterruptedException {
        done.await();
    }

    @Override
    public char[] passphrase() {
        return source.passphrase();
    }

    /**
     * The key derived ahead, once, when it was derived for this directory under the key file as it
     * is now; otherwise derived now from the source.
     *
     * @throws app.orbit.domain.OrbitException {@code error.passphrase.wrong}, and what the source throws
     */
    @Override
    public DatabaseKey unlock(Path dir) {
        if (!dir.equals(dataDir) || taken.getAndSet(true)) {
            return source.unlock(dir);
        }
        long start = System.nanoTime();
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Encryption.Derivation d = derivation;
        derivation = null;
        if (d == null) {
            return source.unlock(dir);
        }
        if (!Arrays.equals(d.keyFile(), Encryption.keyFileBytes(dir))) {
            LOG.info("The key file changed while the key was derived ahead: deriving it again");
            return source.unlock(dir);
        }
        DatabaseKey key = Encryption.accept(d, true);
        LOG.info("The opening waited {} ms for the key derived ahead", (System.nanoTime() - start) / 1_000_000);
        return key;
    }
}

package app.orbit.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id, the memory-hard derivation of the database key from a passphrase, and the parameters
 * it ran with (kept beside the database in {@code orbit.key.json}, with the salt). H2's own
 * hashing of the file password (ten PBKDF2-SHA256 rounds) is only a layer on top.
 */
public final class KeyDerivation {

    /** The least memory Orbit derives with: 64 MiB (the floor, OWASP's advice is 46 MiB). */
    static final int MIN_MEMORY_KIB = 64 * 1024;
    /** What one derivation should cost on the machine that encrypts: about half a second. */
    static final long TARGET_MILLIS = 500;
    private static final int KEY_BYTES = 32;
    private static final int SALT_BYTES = 16;
    private static final int MAX_ITERATIONS = 64;
    private static final byte[] CHECK_LABEL = "orbit key check v1".getBytes(StandardCharsets.US_ASCII);

    /** Argon2id's parameters and salt, with a check value of the key they give. */
    public record Params(@JsonProperty("kdf") String kdf, @JsonProperty("argon2Version") int version,
                  @JsonProperty("memoryKiB") int memoryKiB, @JsonProperty("iterations") int iterations,
                  @JsonProperty("parallelism") int parallelism, @JsonProperty("salt") byte[] salt,
                  @JsonProperty("check") byte[] check, @JsonProperty("calibratedMillis") long calibratedMillis) {

        static final String ARGON2ID = "argon2id";

        /** Whether a file holds parameters this Orbit derives with (not a truncated or foreign one). */
        boolean usable() {
            return ARGON2ID.equals(kdf) && version == Argon2Parameters.ARGON2_VERSION_13
                    && memoryKiB >= 8 * parallelism && memoryKiB <= (4 << 20) && iterations >= 1
                    && iterations <= 1000 && parallelism >= 1 && parallelism <= 16
                    && salt != null && salt.length >= 8 && check != null && check.length == 16;
        }

        Params withCheck(byte[] value) {
            return new Params(kdf, version, memoryKiB, iterations, parallelism, salt, value, calibratedMillis);
        }
    }

    private KeyDerivation() {
    }

    /**
     * New parameters for this machine: 64 MiB and as many passes as make about half a second
     * (measured with one pass, then scaled), a fresh random salt; no check value yet.
     */
    public static Params calibrate() {
        byte[] probeSalt = new byte[SALT_BYTES];
        char[] probe = "calibration".toCharArray();
        // The first run pays for class loading and the JIT: measured once, then timed.
        derive(probe, new Params(Params.ARGON2ID, Argon2Parameters.ARGON2_VERSION_13, MIN_MEMORY_KIB, 1, 1,
                probeSalt, null, 0));
        long start = System.nanoTime();
        derive(probe, new Params(Params.ARGON2ID, Argon2Parameters.ARGON2_VERSION_13, MIN_MEMORY_KIB, 1, 1,
                probeSalt, null, 0));
        long onePass = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        int iterations = (int) Math.max(1, Math.min(MAX_ITERATIONS, Math.round((double) TARGET_MILLIS / onePass)));
        return fresh(MIN_MEMORY_KIB, iterations, onePass * iterations);
    }

    /** Parameters with a fresh salt (tests choose one pass to keep their time down). */
    public static Params fresh(int memoryKiB, int iterations, long calibratedMillis) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return new Params(Params.ARGON2ID, Argon2Parameters.ARGON2_VERSION_13, memoryKiB, iterations, 1, salt, null,
                calibratedMillis);
    }

    /** The 32-byte key for a passphrase (Unicode NFC, so an é typed on any system gives the same key). */
    static byte[] derive(char[] passphrase, Params params) {
        Argon2Parameters argon = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(params.version())
                .withMemoryAsKB(params.memoryKiB())
                .withIterations(params.iterations())
                .withParallelism(params.parallelism())
                .withSalt(params.salt())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(argon);
        byte[] password = utf8(passphrase);
        byte[] key = new byte[KEY_BYTES];
        try {
            generator.generateBytes(password, key);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
        return key;
    }

    /** A value that tells a right key from a wrong one without revealing it (a hash of the key). */
    static byte[] check(byte[] key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(CHECK_LABEL);
            return Arrays.copyOf(sha.digest(key), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean matches(byte[] key, Params params) {
        return MessageDigest.isEqual(check(key), params.check());
    }

    private static byte[] utf8(char[] chars) {
        String normalized = Normalizer.normalize(CharBuffer.wrap(chars), Normalizer.Form.NFC);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(normalized);
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        return out;
    }
}

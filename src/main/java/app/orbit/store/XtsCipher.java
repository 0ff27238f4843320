package app.orbit.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-XTS of H2's encrypted files ({@code org.h2.store.fs.encrypt.XTS}), with the AES work
 * done by the JDK's cipher, which uses the processor's AES instructions: H2's own AES is plain
 * Java, and decrypting a cold file with it was most of what encryption cost at the first window
 * (docs/decisions/0018-jce-aes.md).
 *
 * <p>H2's variant of XTS: one AES-128 key for both the data and the tweak; sector {@code n} (a
 * 4 KiB block of the file, numbered from 0 after the header) starts with the tweak
 * E(n as 16 little-endian bytes), each following 16-byte block multiplies it by x in GF(2^128)
 * (little-endian, feedback 0x87); a block is E(P ⊕ T) ⊕ T. The AES key is PBKDF2-HMAC-SHA256 of
 * the file key over the file's 8-byte salt, 10 rounds, 16 bytes. Thread-safe: each call takes
 * its own JDK ciphers from a pool.
 */
final class XtsCipher {

    /** H2's sector: FileEncrypt.BLOCK_SIZE. */
    static final int SECTOR = 4096;
    private static final int AES_BLOCK = 16;
    private static final int PBKDF2_ROUNDS = 10;
    private static final int KEY_BYTES = 16;
    /** Sectors put through the JDK cipher in one call: large enough to amortise the call, small buffers. */
    private static final int RUN_SECTORS = 16;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Work> pool = new ConcurrentLinkedQueue<>();

    private XtsCipher(byte[] aesKey) {
        this.key = new SecretKeySpec(aesKey, "AES");
    }

    /** The cipher of a file: its AES key derived from the file key and the file's salt as H2 does it. */
    static XtsCipher of(byte[] fileKey, byte[] salt) {
        byte[] aesKey = pbkdf2(fileKey, salt);
        try {
            return new XtsCipher(aesKey);
        } finally {
            Arrays.fill(aesKey, (byte) 0);
        }
    }

    /** PBKDF2-HMAC-SHA256, 10 rounds, the first 16 bytes of its first block. */
    static byte[] pbkdf2(byte[] password, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(password, "HmacSHA256"));
            mac.update(salt);
            // Block index 1, big-endian: only the first block is needed for 16 bytes.
            byte[] u = mac.doFinal(new byte[] {0, 0, 0, 1});
            byte[] out = u.clone();
            for (int i = 1; i < PBKDF2_ROUNDS; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < out.length; j++) {
                    out[j] ^= u[j];
                }
            }
            Arrays.fill(u, (byte) 0);
            byte[] key = Arrays.copyOf(out, KEY_BYTES);
            Arrays.fill(out, (byte) 0);
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        }
    }

    /** Encrypts whole sectors in place; {@code firstSector} is the number of the sector at {@code offset}. */
    void encrypt(long firstSector, byte[] data, int offset, int length) {
        crypt(true, firstSector, data, offset, length);
    }

    /** Decrypts whole sectors in place. */
    void decrypt(long firstSector, byte[] data, int offset, int length) {
        crypt(false, firstSector, data, offset, length);
    }

    private void crypt(boolean encrypt, long firstSector, byte[] data, int offset, int length) {
        if (length % SECTOR != 0) {
            throw new IllegalArgumentException("not whole sectors: " + length);
        }
        Work w = pool.poll();
        if (w == null) {
            w = new Work(key);
        }
        try {
            long sector = firstSector;
            for (int done = 0; done < length; ) {
                int sectors = Math.min(RUN_SECTORS, (length - done) / SECTOR);
                run(w, encrypt, sector, data, offset + done, sectors);
                done += sectors * SECTOR;
                sector += sectors;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES failed", e);
        } finally {
            pool.offer(w);
        }
    }

    private static void run(Work w, boolean encrypt, long sector, byte[] data, int offset, int sectors)
            throws GeneralSecurityException {
        // The first tweak of every sector of the run, in one call: E(sector number).
        byte[] tweaks = w.tweaks;
        Arrays.fill(tweaks, 0, sectors * AES_BLOCK, (byte) 0);
        for (int s = 0; s < sectors; s++) {
            LONG.set(tweaks, s * AES_BLOCK, sector + s);
        }
        w.encrypt.doFinal(tweaks, 0, sectors * AES_BLOCK, tweaks, 0);
        int length = sectors * SECTOR;
        byte[] mask = w.mask;
        for (int s = 0; s < sectors; s++) {
            long lo = (long) LONG.get(tweaks, s * AES_BLOCK);
            long hi = (long) LONG.get(tweaks, s * AES_BLOCK + 8);
            int base = s * SECTOR;
            for (int b = 0; b < SECTOR; b += AES_BLOCK) {
                LONG.set(mask, base + b, lo);
                LONG.set(mask, base + b + 8, hi);
                // Times x in GF(2^128), little-endian: shift the 128 bits left, fold the carry back.
                long carry = hi >> 63;
                hi = (hi << 1) | (lo >>> 63);
                lo = (lo << 1) ^ (carry & 0x87);
            }
        }
        for (int i = 0; i < length; i += 8) {
            LONG.set(data, offset + i, (long) LONG.get(data, offset + i) ^ (long) LONG.get(mask, i));
        }
        (encrypt ? w.encrypt : w.decrypt).doFinal(data, offset, length, w.out, 0);
        byte[] out = w.out;
        for (int i = 0; i < length; i += 8) {
            LONG.set(data, offset + i, (long) LONG.get(out, i) ^ (long) LONG.get(mask, i));
        }
    }

    /** One thread's JDK ciphers and buffers. */
    private static final class Work {
        final Cipher encrypt;
        final Cipher decrypt;
        final byte[] tweaks = new byte[RUN_SECTORS * AES_BLOCK];
        final byte[] mask = new byte[RUN_SECTORS * SECTOR];
        final byte[] out = new byte[RUN_SECTORS * SECTOR];

        Work(SecretKeySpec key) {
            try {
                encrypt = Cipher.getInstance("AES/ECB/NoPadding");
                encrypt.init(Cipher.ENCRYPT_MODE, key);
                decrypt = Cipher.getInstance("AES/ECB/NoPadding");
                decrypt.init(Cipher.DECRYPT_MODE, key);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no AES", e);
            }
        }
    }
}

package org.chuangcheng.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the secrets the application must keep readable, such as a group robot's address (its token is its
 * password), with AES-256-GCM under one key from the configuration ({@code APP_SECRETS_KEY}, 32 bytes in base64).
 * A stored value is {@code v1:} followed by the base64 of a random 12-byte nonce and the ciphertext with its tag:
 * the database alone (a dump, a backup, a read-only account) reveals nothing, and a changed value is refused.
 * Every instance on one database must have the same key; a lost key makes the stored secrets unreadable (enter
 * them again).
 */
public final class SecretBox {

    static final String PREFIX = "v1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("APP_SECRETS_KEY must be 32 bytes in base64 (e.g. `openssl rand -base64 32`), "
                    + "not " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /**
     * The box for the configured key ({@code configured}, base64); without one, a key generated once and kept in
     * {@code keyFile} when {@code generateMissing} (development and tests), else a refusal to start (production).
     */
    public static SecretBox of(String configured, boolean generateMissing, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return new SecretBox(decodeKey(configured.trim(), "APP_SECRETS_KEY"));
        }
        if (!generateMissing) {
            throw new IllegalStateException("APP_SECRETS_KEY is not set. The production profile needs it to encrypt the "
                    + "units' robot addresses and secrets at rest: set it to 32 random bytes in base64 "
                    + "(`openssl rand -base64 32`), the same on every instance, and keep a copy with the backups.");
        }
        return new SecretBox(decodeKey(kept(keyFile), keyFile.toString()));
    }

    /** The ciphertext of {@code plain}, different at every call; {@code null} stays {@code null}. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /**
     * The plain text of a value {@link #encrypt} made; {@code null} stays {@code null}.
     *
     * @throws UnreadableSecret when the value was not made with this key, or was changed (the message names neither)
     */
    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!isSealed(sealed)) {
            throw new UnreadableSecret();
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            if (in.length < NONCE + TAG_BITS / 8) {
                throw new UnreadableSecret();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE));
            return new String(cipher.doFinal(in, NONCE, in.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSecret();
        }
    }

    /** Whether {@code value} looks like one of ours (and not a plain value written before encryption). */
    public static boolean isSealed(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    /** "••••" and the last four characters: enough to tell two secrets apart, not to use one. */
    public static String mask(String plain) {
        if (plain == null || plain.isEmpty()) {
            return "";
        }
        return "••••" + (plain.length() <= 8 ? "" : plain.substring(plain.length() - 4));
    }

    /** A secret that cannot be read back: encrypted under another key, or damaged. */
    public static final class UnreadableSecret extends RuntimeException {
        UnreadableSecret() {
            super("a stored secret cannot be decrypted with APP_SECRETS_KEY (another key, or a damaged value)");
        }
    }

    private static byte[] decodeKey(String base64, String where) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not base64: set 32 random bytes in base64 "
                    + "(`openssl rand -base64 32`)");
        }
    }

    /** The generated key, written once (owner-only where the file system allows it) and read on every start. */
    private static String kept(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                Files.createDirectories(keyFile.toAbsolutePath().getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path temp = Files.createTempFile(keyFile.toAbsolutePath().getParent(), "secrets", ".tmp");
                try {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own permissions protect it
                }
                Files.writeString(temp, Base64.getEncoder().encodeToString(fresh) + "\n");
                try {
                    // two instances starting at once on one folder: the first key written wins, both read it
                    Files.move(temp, keyFile);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(temp);
                }
            }
            return Files.readString(keyFile).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated secrets key in " + keyFile, e);
        }
    }
}

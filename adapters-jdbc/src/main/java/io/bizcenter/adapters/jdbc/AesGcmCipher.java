package io.bizcenter.adapters.jdbc;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM from the JDK: each document sealed with a fresh 96-bit nonce and a 128-bit tag, stored as
 * {@code aes-gcm:} followed by Base64 of nonce and ciphertext, so an altered document fails to open instead of reading
 * as something else. The key comes from the vendor (a KMS or vault); the library never stores it.
 */
public final class AesGcmCipher implements DocumentCipher {
  private static final String PREFIX = "aes-gcm:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  /** A cipher with {@code key}, an AES key of 128, 192 or 256 bits. */
  public AesGcmCipher(SecretKey key) {
    this.key = Objects.requireNonNull(key, "key");
    if (!"AES".equalsIgnoreCase(key.getAlgorithm())) {
      throw new IllegalArgumentException("an AES key is needed, not " + key.getAlgorithm());
    }
  }

  @Override
  public String seal(String document) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(document.getBytes(StandardCharsets.UTF_8));
      return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new StorageFailure("cannot seal a document with AES-GCM", e);
    }
  }

  @Override
  public String open(String sealed) {
    if (!sealed.startsWith(PREFIX)) {
      throw new StorageFailure("not a document sealed with AES-GCM");
    }
    try {
      byte[] all = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
      return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // a wrong key or an altered row: never read as something else
      throw new StorageFailure("cannot open a document sealed with AES-GCM (wrong key, or the row was altered)", e);
    }
  }
}

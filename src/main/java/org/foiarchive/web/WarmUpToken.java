package org.foiarchive.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Marks the start-up warm-up's own requests to {@code /api/search} ({@link WarmUpOnStart}): a
 * random secret made anew in every JVM and never sent anywhere but to this server over loopback, so
 * no visitor can pass for the warm-up. A request that carries it is not charged to its address's
 * budget (the warm-up asks thousands of questions from 127.0.0.1, the address of a reader on the
 * same machine) and its answer is not kept, where it would take a reader's place. Held by the
 * class, not a bean: the web slices the tests start (interceptors without the rest) need it too.
 */
final class WarmUpToken {
  /** The request header the secret travels in. */
  static final String HEADER = "X-Foiarchive-Warm-Up";

  private static final int SECRET_BYTES = 16;

  private static final String SECRET = newSecret();

  private WarmUpToken() {}

  private static String newSecret() {
    byte[] bytes = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  /** The value the warm-up's requests carry in {@link #HEADER}. */
  static String secret() {
    return SECRET;
  }

  /** Whether this header value is the warm-up's secret (compared in constant time). */
  static boolean matches(String header) {
    return header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), SECRET.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the request is one of the warm-up's own. */
  static boolean isWarmUp(HttpServletRequest request) {
    return matches(request.getHeader(HEADER));
  }
}

package org.foiarchive.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Marks the start-up warm-up's own requests to {@code /api/search} ({@link WarmUpOnStart}): a
 * random secret made anew on every start and never sent anywhere but to this server over loopback,
 * so no visitor can pass for the warm-up. A request that carries it is not charged to its address's
 * budget (the warm-up asks thousands of questions from 127.0.0.1, the address of a reader on the
 * same machine) and its answer is not kept, where it would take a reader's place.
 */
@Component
class WarmUpToken {
  /** The request header the secret travels in. */
  static final String HEADER = "X-Foiarchive-Warm-Up";

  private static final int SECRET_BYTES = 16;

  private final String secret;

  WarmUpToken() {
    byte[] bytes = new byte[SECRET_BYTES];
    new SecureRandom().nextBytes(bytes);
    this.secret = HexFormat.of().formatHex(bytes);
  }

  /** The value the warm-up's requests carry in {@link #HEADER}. */
  String secret() {
    return secret;
  }

  /** Whether this header value is the warm-up's secret (compared in constant time). */
  boolean matches(String header) {
    return header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the request is one of the warm-up's own. */
  boolean isWarmUp(HttpServletRequest request) {
    return matches(request.getHeader(HEADER));
  }
}

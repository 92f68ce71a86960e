package org.foiarchive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A per-client limit on the JSON API, so one script cannot take the archive from everyone else: each
 * client address has a bucket of {@code foiarchive.api.rate-limit-burst} requests that refills at
 * {@code foiarchive.api.rate-limit-per-minute}; an empty bucket answers 429 with Retry-After. Nothing
 * is stored on the client (no cookie, no token). Zero turns the limit off (benchmarks, tests).
 * Behind a reverse proxy, set {@code server.forward-headers-strategy} so the client's own address counts.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiRateLimitFilter extends OncePerRequestFilter {
  /** Above this many tracked clients, buckets that have refilled completely are forgotten. */
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  private final double perSecond;
  private final double burst;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  ApiRateLimitFilter(@Value("${foiarchive.api.rate-limit-per-minute:120}") int perMinute,
      @Value("${foiarchive.api.rate-limit-burst:30}") int burst) {
    this.perSecond = Math.max(0, perMinute) / 60.0;
    this.burst = Math.max(1, burst);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return perSecond == 0 || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long now = System.nanoTime();
    if (buckets.size() > MAX_TRACKED_CLIENTS) {
      buckets.values().removeIf(b -> b.isFull(now, perSecond, burst));
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), k -> new Bucket(burst, now));
    long waitSeconds = bucket.take(now, perSecond, burst);
    if (waitSeconds > 0) {
      response.setStatus(429);
      response.setHeader("Retry-After", String.valueOf(waitSeconds));
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"Too many requests from your address; try again in " + waitSeconds
          + " s.\",\"retryAfterSeconds\":" + waitSeconds + "}");
      return;
    }
    chain.doFilter(request, response);
  }

  /** Tokens left for one client, refilled by the time that has passed. */
  private static final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    /** Takes a token and returns 0, or returns the whole seconds until one is available. */
    synchronized long take(long now, double perSecond, double burst) {
      refill(now, perSecond, burst);
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
    }

    synchronized boolean isFull(long now, double perSecond, double burst) {
      refill(now, perSecond, burst);
      return tokens >= burst;
    }

    private void refill(long now, double perSecond, double burst) {
      tokens = Math.min(burst, tokens + (now - updated) / 1e9 * perSecond);
      updated = now;
    }
  }
}

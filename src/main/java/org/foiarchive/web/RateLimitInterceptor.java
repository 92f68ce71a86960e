package org.foiarchive.web;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A per-client budget on the handlers marked {@link RateLimited}, so one script cannot take the
 * archive from everyone else: each client address has a token bucket of {@code
 * foiarchive.rate-limit.burst} searches that refills at {@code foiarchive.rate-limit.per-minute}; a
 * call the bucket cannot pay for answers 429 with Retry-After. It runs after the dispatcher has
 * chosen the handler, so no spelling of a path ({@code /%61pi/search}) escapes it. The client is
 * the connection's address; behind a reverse proxy, Tomcat puts the client's own address there only
 * when told to trust the proxy ({@code server.forward-headers-strategy=native}). Nothing is stored
 * on the client. Zero per minute turns the limit off (benchmarks). The start-up warm-up's own
 * requests ({@link WarmUpToken}) are not charged.
 */
@Component
class RateLimitInterceptor implements HandlerInterceptor {
  private static final Logger log = LoggerFactory.getLogger(RateLimitInterceptor.class);

  /** Above this many tracked clients, the buckets that have refilled completely are forgotten. */
  private static final int MAX_TRACKED_CLIENTS = 10_000;

  private final long perMinute;
  private final long burst;
  private final MessageSource messages;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  // The older foiarchive.api.* names still work, so existing deployments keep their settings.
  RateLimitInterceptor(
      @Value("${foiarchive.rate-limit.per-minute:${foiarchive.api.rate-limit-per-minute:300}}")
          long perMinute,
      @Value("${foiarchive.rate-limit.burst:${foiarchive.api.rate-limit-burst:60}}") long burst,
      MessageSource messages) {
    this.perMinute = Math.max(0, perMinute);
    this.burst = Math.max(1, burst);
    this.messages = messages;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
      throws IOException {
    if (perMinute == 0
        || !(handler instanceof HandlerMethod method)
        || WarmUpToken.isWarmUp(request)) {
      return true;
    }
    RateLimited limited = method.getMethodAnnotation(RateLimited.class);
    if (limited == null) {
      return true;
    }
    if (buckets.size() > MAX_TRACKED_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= burst);
    }
    Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), client -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(Math.min(limited.cost(), burst));
    if (probe.isConsumed()) {
      return true;
    }
    long waitSeconds =
        Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
    log.info(
        "Refused {} from {}: over its budget, told to wait {} s",
        request.getRequestURI(),
        request.getRemoteAddr(),
        waitSeconds);
    String reason = messages.getMessage("ratelimit.refused", new Object[] {waitSeconds}, Locale.UK);
    response.setStatus(429);
    response.setHeader("Retry-After", String.valueOf(waitSeconds));
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    if (producesJson(method)) {
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response
          .getWriter()
          .write("{\"error\":\"" + reason + "\",\"retryAfterSeconds\":" + waitSeconds + "}");
    } else {
      response.setContentType(MediaType.TEXT_PLAIN_VALUE);
      response.getWriter().write(reason + "\n");
    }
    return false;
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
        .build();
  }

  private static boolean producesJson(HandlerMethod method) {
    RequestMapping mapping =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
    return mapping != null
        && Arrays.asList(mapping.produces()).contains(MediaType.APPLICATION_JSON_VALUE);
  }
}

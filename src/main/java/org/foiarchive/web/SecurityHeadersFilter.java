package org.foiarchive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers that make the archive safe to read documents in: everything comes from this origin, no
 * script runs but ours, no page can frame ours, no referrer leaks a search to a source site. Only
 * GET and HEAD are served: the archive has no write endpoints.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {
  private static final Logger log = LoggerFactory.getLogger(SecurityHeadersFilter.class);
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; "
          + "img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; "
          + "frame-ancestors 'none'";

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    addHeaders(response);
    String method = request.getMethod();
    if (!"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method)) {
      response.setHeader("Allow", "GET, HEAD");
      response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
      return;
    }
    try {
      request.getParameterMap();
    } catch (InvalidParameterException e) {
      // A malformed address (q=%ZZ) is the visitor's mistake, not the archive's: one line, not a
      // stack trace.
      log.info("Refused {} {}: {}", method, request.getRequestURI(), e.getMessage());
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * The headers every response carries, Tomcat's own error pages included ({@link
   * ErrorPageHeadersValve}).
   */
  static void addHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  }
}

package org.foiarchive.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC settings of the archive's own: the per-client budget on expensive handlers. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
  private final RateLimitInterceptor rateLimit;

  WebConfiguration(RateLimitInterceptor rateLimit) {
    this.rateLimit = rateLimit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(rateLimit);
  }
}

package org.foiarchive.web;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets TRACE requests reach the application, where {@link SecurityHeadersFilter} refuses them like any
 * other write method, with the security headers: Tomcat's own refusal would answer without them.
 */
@Component
class ServerCustomization implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
  }
}

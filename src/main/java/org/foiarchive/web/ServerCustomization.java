package org.foiarchive.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tomcat settings of the archive's own. TRACE requests reach the application, where {@link
 * SecurityHeadersFilter} refuses them like any other write method, with the security headers.
 * Tomcat's own error pages get them too ({@link ErrorPageHeadersValve}): it runs after Spring
 * Boot's customizer (lowest precedence) so that it replaces the plain error valve Boot puts on the
 * host.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ServerCustomization
    implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {
  @Override
  public void customize(ConfigurableTomcatWebServerFactory factory) {
    factory.addConnectorCustomizers(connector -> connector.setAllowTrace(true));
    factory.addContextCustomizers(
        context -> {
          if (context.getParent() instanceof StandardHost host) {
            host.setErrorReportValveClass(ErrorPageHeadersValve.class.getName());
            for (Valve valve : host.getPipeline().getValves()) {
              if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
              }
            }
            host.getPipeline().addValve(new ErrorPageHeadersValve());
          }
        });
  }
}

package org.foiarchive.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error page (a malformed or over-long address, {@code /%2F..%2F}, a method it does
 * not know), which Tomcat writes before the request reaches the application and its filters, with
 * the same security headers as every page of ours and no report of what went wrong.
 */
class ErrorPageHeadersValve extends ErrorReportValve {
  ErrorPageHeadersValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    if (!response.isCommitted()) {
      SecurityHeadersFilter.addHeaders(response);
    }
    super.report(request, response, throwable);
  }
}

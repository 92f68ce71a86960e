package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What a {@code @WebMvcTest} slice of the archive's pages needs beside its controllers: the real
 * searcher over a real index (built on start when missing) and the beans the templates call.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ArchiveConfiguration.class, Labels.class, CitationSupport.class, ReferenceLinks.class})
@interface PageSlice {

  /** Reads pages through a slice's {@link MockMvc}. */
  final class Pages {
    private Pages() {}

    /** The body of a page that must answer 200. */
    static String body(MockMvc mvc, String path, String accept) throws Exception {
      MockHttpServletResponse response =
          mvc.perform(get(path).accept(MediaType.parseMediaType(accept))).andReturn().getResponse();
      assertThat(response.getStatus()).as(path).isEqualTo(200);
      return response.getContentAsString(StandardCharsets.UTF_8);
    }
  }
}

package org.foiarchive.fetch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;

/**
 * An Alaveteli search feed ({@code /feed/search/<query>}, Atom): one entry per matching event, its
 * {@code link rel=alternate} to {@code /request_event/<id>} (which redirects to the request page),
 * its title the request's, its {@code published} date the event's. Several events of one request
 * are one request: entries are kept once per title.
 */
final class AlaveteliSearchFeed {
  private AlaveteliSearchFeed() {}

  static URI address(URI site, String query) {
    String segment = URLEncoder.encode(query.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    return URI.create(origin(site) + "/feed/search/" + segment);
  }

  static List<Discovered> parse(byte[] atom, URI feedUri) throws FetchException {
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(atom)));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new FetchException(feedUri + " is not a readable Atom feed: " + Fetcher.describe(e));
    }
    List<Discovered> found = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (SyndEntry entry : feed.getEntries()) {
      String link = alternate(entry);
      if (link == null) {
        continue;
      }
      // Titles are type="html": read them as text.
      String title = entry.getTitle() == null ? null : Jsoup.parse(entry.getTitle()).text().strip();
      if (title != null && !titles.add(title.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Date when =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      LocalDate date = when == null ? null : when.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      found.add(new Discovered(feedUri.resolve(link.replace(" ", "%20")).toString(), title, date));
    }
    return found;
  }

  private static String alternate(SyndEntry entry) {
    for (SyndLink link : entry.getLinks()) {
      if ((link.getRel() == null || "alternate".equals(link.getRel())) && link.getHref() != null) {
        return link.getHref();
      }
    }
    return entry.getLink();
  }

  static String origin(URI site) {
    return site.getScheme() + "://" + site.getRawAuthority();
  }
}

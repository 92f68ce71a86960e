package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Narrowing results with facets in real headless Chromium: click one, see it active, take it off
 * again.
 */
class FacetBrowserIT extends InBrowser {
  /** The number of passages the page says it found. */
  private static long passagesFound() {
    Matcher m =
        Pattern.compile("(\\d+) passages?\\b")
            .matcher(browser.findElement(By.id("results-heading")).getText());
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static WebElement facetValue(String dimension, String label) {
    List<WebElement> sections = browser.findElements(By.cssSelector(".facets .facet"));
    for (WebElement section : sections) {
      if (section.findElement(By.tagName("h3")).getText().equals(dimension)) {
        for (WebElement link : section.findElements(By.cssSelector("li a"))) {
          if (link.findElement(By.cssSelector("span")).getText().equals(label)) {
            return link;
          }
        }
      }
    }
    throw new AssertionError("no facet " + dimension + " = " + label);
  }

  @Test
  void clickingAFacetNarrowsTheResultsShowsItAsActiveAndClickingAgainRemovesIt() {
    browser.get("http://localhost:" + port + "/search?q=cookies");
    long everything = passagesFound();
    WebElement forum = facetValue("Kind", "Forum");
    long forumCount = Long.parseLong(forum.findElement(By.cssSelector(".count")).getText());
    assertThat(forumCount).isPositive().isLessThan(everything);

    forum.click();
    waiting().until(ExpectedConditions.urlContains("kind=forum"));
    assertThat(passagesFound()).isEqualTo(forumCount);
    assertThat(browser.findElements(By.cssSelector(".result-group .badge")))
        .isNotEmpty()
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Forum"));
    WebElement active = facetValue("Kind", "Forum");
    assertThat(active.getAttribute("aria-current")).isEqualTo("true");
    assertThat(active.getAttribute("class")).contains("is-active");
    assertThat(active.getAttribute("textContent")).contains("remove filter");
    assertThat(browser.findElement(By.linkText("Clear all filters")).isDisplayed()).isTrue();

    facetValue("Kind", "Forum").click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("kind=forum")));
    assertThat(passagesFound()).isEqualTo(everything);
    assertThat(facetValue("Kind", "Forum").getAttribute("aria-current")).isNull();
  }

  @Test
  void twoFacetsCombineAndClearAllFiltersRemovesBoth() {
    browser.get("http://localhost:" + port + "/search?q=consent");
    long everything = passagesFound();
    facetValue("Who is speaking", "Requester").click();
    waiting().until(ExpectedConditions.urlContains("voice=requester"));
    long requesters = passagesFound();
    facetValue("Topic", "Mandation").click();
    waiting().until(ExpectedConditions.urlContains("topic=mandation"));
    assertThat(passagesFound()).isPositive().isLessThanOrEqualTo(requesters);
    assertThat(browser.findElements(By.cssSelector(".facet a[aria-current='true']"))).hasSize(2);

    browser.findElement(By.linkText("Clear all filters")).click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("voice=")));
    assertThat(passagesFound()).isEqualTo(everything);
    assertThat(browser.findElements(By.cssSelector(".facet a[aria-current='true']"))).isEmpty();
  }

  @Test
  void aTopicPageFacetNarrowsItsPassages() {
    browser.get("http://localhost:" + port + "/topics/cookies");
    String before = browser.findElement(By.id("passages-heading")).getText();
    facetValue("Year", "2013").click();
    waiting().until(ExpectedConditions.urlContains("year=2013"));
    assertThat(browser.findElement(By.id("passages-heading")).getText()).isNotEqualTo(before);
    assertThat(browser.findElements(By.cssSelector(".hit time")))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(t.getAttribute("datetime")).startsWith("2013"));
    facetValue("Year", "2013").click();
    waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("year=")));
    assertThat(browser.findElement(By.id("passages-heading")).getText()).isEqualTo(before);
  }
}

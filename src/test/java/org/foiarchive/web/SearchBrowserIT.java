package org.foiarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person searching in real headless Chromium: type, read highlighted results, open one in
 * context.
 */
class SearchBrowserIT extends InBrowser {
  @Test
  void typeAQueryReadHighlightedResultsAndOpenOneInContext() {
    browser.get("http://localhost:" + port + "/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("bogus employers", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("/search?q="));

    List<WebElement> marks = browser.findElements(By.cssSelector(".passage mark"));
    assertThat(marks).extracting(WebElement::getText).contains("bogus", "employers");

    WebElement firstHit = browser.findElement(By.cssSelector(".hit"));
    WebElement source = firstHit.findElement(By.cssSelector("a.source"));
    assertThat(source.getAttribute("href"))
        .isEqualTo(
            "http://criticalestoppel.blogspot.co.uk/2013/03/foir-regarding-universal-jobmatch.html");
    String quote = firstHit.findElement(By.cssSelector(".passage")).getText();

    firstHit.findElement(By.cssSelector("a.in-context")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/ico-reply-universal-jobmatch-privacy"));
    String anchor = browser.getCurrentUrl().replaceFirst("^.*#", "");
    assertThat(anchor).matches("p\\d+");
    WebElement target = browser.findElement(By.id(anchor));
    assertThat(target.getText()).contains(quote.substring(0, 60));
    assertThat(target.findElements(By.tagName("mark"))).isNotEmpty();
    Boolean targeted =
        (Boolean) browser.executeScript("return arguments[0].matches(':target')", target);
    assertThat(targeted).isTrue();
  }

  @Test
  void aSentencePastedTwiceShowsOnceWithALinkToTheOtherCopy() {
    browser.get(
        "http://localhost:" + port + "/search?q=signing+up+for+Universal+Jobmatch+position");
    String pasted =
        "With regard to signing up for Universal Jobmatch i wish to make my position clear.";
    List<WebElement> copies =
        browser.findElements(By.cssSelector(".hit")).stream()
            .filter(h -> h.findElement(By.cssSelector(".passage")).getText().equals(pasted))
            .toList();
    assertThat(copies).hasSize(1);
    String shown = copies.getFirst().getAttribute("id");
    WebElement also = copies.getFirst().findElement(By.cssSelector(".hit__also"));
    assertThat(also.getText())
        .startsWith("Same words also in:")
        .contains("this document, passage")
        .contains("(Annotation)");

    also.findElement(By.cssSelector("a.also-in")).click();
    waiting().until(ExpectedConditions.urlContains("/doc/"));
    String anchor = browser.getCurrentUrl().replaceFirst("^.*#", "");
    assertThat(browser.findElement(By.id(anchor)).getText()).contains(pasted);
    assertThat(shown).as("the other copy").doesNotEndWith("-" + anchor);
  }

  @Test
  void theSearchBoxIsLabelledAndReachableByKeyboard() {
    browser.get("http://localhost:" + port + "/");
    WebElement skip = browser.findElement(By.cssSelector("a.skip-link"));
    assertThat(skip.getAttribute("href")).endsWith("#main");
    WebElement label = browser.findElement(By.cssSelector("label[for='q']"));
    assertThat(label.getAttribute("textContent")).contains("Search the archive");
    browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    // After the skip link and the site name, the search box takes focus.
    browser.switchTo().activeElement().sendKeys(Keys.TAB);
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
  }
}

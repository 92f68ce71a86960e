package org.foiarchive.fetch;

import java.time.LocalDate;

/**
 * A source a discovery found on a listing, a feed or a search: where to fetch it, what the listing
 * called it, and the date the listing gave it (its latest event on Alaveteli, its public timestamp
 * on GOV.UK).
 */
public record Discovered(String url, String title, LocalDate date) {}

package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.follicle.search.SearchQuery.Field;
import org.follicle.search.SearchQuery.Filter;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void readsWordsPhrasesAndExclusions() {
    SearchQuery query =
        SearchQuery.parse("minoxidil \"alopecia areata\" -finasteride -\"hair transplant\"");

    assertThat(query.terms()).containsExactly("minoxidil", "\"alopecia areata\"");
    assertThat(query.exclusions()).containsExactly("finasteride", "hair transplant");
    assertThat(query.rankingText()).isEqualTo("minoxidil \"alopecia areata\"");
  }

  @Test
  void readsFieldFiltersWithQuotedValues() {
    SearchQuery query =
        SearchQuery.parse(
            "jak author:king journal:\"Dermatologic Therapy\" type:\"Randomized Controlled Trial\""
                + " mesh:Alopecia TOPIC:baricitinib");

    assertThat(query.terms()).containsExactly("jak");
    assertThat(query.filters())
        .containsExactly(
            new Filter(Field.AUTHOR, "king", false),
            new Filter(Field.JOURNAL, "Dermatologic Therapy", false),
            new Filter(Field.TYPE, "Randomized Controlled Trial", false),
            new Filter(Field.MESH, "Alopecia", false),
            new Filter(Field.TOPIC, "baricitinib", false));
  }

  @Test
  void readsAnExcludedFilter() {
    SearchQuery query = SearchQuery.parse("cancer -type:review -year:2019");

    assertThat(query.filters()).containsExactly(new Filter(Field.TYPE, "review", true));
    assertThat(query.yearFrom()).isNull();
    assertThat(query.notes()).singleElement().asString().contains("cannot leave years out");
  }

  @Test
  void readsYearsAndOpenAndReversedRanges() {
    assertThat(years("year:2019..2024")).containsExactly(2019, 2024);
    assertThat(years("year:2021")).containsExactly(2021, 2021);
    assertThat(years("year:2019..")).containsExactly(2019, null);
    assertThat(years("year:..2010")).containsExactly(null, 2010);
    assertThat(years("year:2024..2019")).containsExactly(2019, 2024);
  }

  @Test
  void searchesAMalformedYearAsWordsAndSaysHowToWriteIt() {
    SearchQuery query = SearchQuery.parse("year:last");

    assertThat(query.yearFrom()).isNull();
    assertThat(query.terms()).containsExactly("year last");
    assertThat(query.notes()).singleElement().asString().contains("2019..2024");
  }

  @Test
  void treatsAnUnknownFieldAndLuceneOperatorsAsWords() {
    SearchQuery query = SearchQuery.parse("title:x* a AND (b OR c~2) +d \\");

    assertThat(query.filters()).isEmpty();
    assertThat(query.terms()).contains("title x*", "AND", "(b", "c~2)", "+d");
    assertThat(query.terms()).doesNotContain("\\");
  }

  @Test
  void closesAnUnbalancedQuote() {
    SearchQuery query = SearchQuery.parse("tofacitinib \"alopecia universalis");

    assertThat(query.terms()).containsExactly("tofacitinib", "\"alopecia universalis\"");
  }

  @Test
  void keepsTheFirstWordsOfAVeryLongQueryAndSaysSo() {
    SearchQuery query = SearchQuery.parse("hair ".repeat(2_000));

    assertThat(query.terms()).hasSize(SearchQuery.MAX_TERMS);
    assertThat(query.notes()).hasSize(2);
    assertThat(query.notes().get(0)).contains("first 1000 characters");
    assertThat(query.notes().get(1)).contains("first 64 words");
  }

  @Test
  void anEmptyQueryAsksForNothing() {
    assertThat(SearchQuery.parse("   ").isEmpty()).isTrue();
    assertThat(SearchQuery.parse(null).isEmpty()).isTrue();
    assertThat(SearchQuery.parse("- \"\"").isEmpty()).isTrue();
  }

  private static Integer[] years(String text) {
    SearchQuery query = SearchQuery.parse(text);
    assertThat(query.terms()).isEmpty();
    return new Integer[] {query.yearFrom(), query.yearTo()};
  }
}

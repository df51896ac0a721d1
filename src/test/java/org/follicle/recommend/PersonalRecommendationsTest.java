package org.follicle.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** How a reader's papers are weighed, blended and left out, with related research stubbed. */
class PersonalRecommendationsTest {

  private static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

  private final List<ReaderInterest> interests = new ArrayList<>();
  private final Map<Long, List<Long>> near = new HashMap<>();
  private final RelatedResearch related = mock(RelatedResearch.class);
  private final Catalog catalog = mock(Catalog.class);
  private PersonalRecommendations recommendations;

  @BeforeEach
  void wire() {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("interests", (ReaderInterests) accountId -> List.copyOf(interests));
    recommendations =
        new PersonalRecommendations(beans.getBeanProvider(ReaderInterests.class), related, catalog);
    when(related.of(anyLong(), anyInt()))
        .thenAnswer(
            call ->
                near.getOrDefault((long) call.getArgument(0), List.of()).stream()
                    .map(id -> new RelatedPaper(paper(id), List.of(reason("similar topic"))))
                    .toList());
    when(catalog.summaries(anyList()))
        .thenAnswer(
            call -> ((List<Long>) call.getArgument(0)).stream().map(id -> paper(id)).toList());
  }

  @Test
  void aPaperNearSeveralOfTheReadersPapersRisesAboveOneNearOnlyOne() {
    interests.add(new ReaderInterest(1, 1, "you rated it 5★", LATER));
    interests.add(new ReaderInterest(2, 0.9, "you saved it", EARLIER));
    near.put(1L, List.of(10L, 20L));
    near.put(2L, List.of(30L, 20L));

    List<Recommendation> items = recommendations.of(7, 10).items();

    assertThat(items).extracting(r -> r.paper().id()).containsExactly(20L, 10L, 30L);
    assertThat(items.get(0).because())
        .extracting(Recommendation.Because::seedPaperId, Recommendation.Because::interest)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1L, "you rated it 5★"),
            org.assertj.core.groups.Tuple.tuple(2L, "you saved it"));
  }

  @Test
  void leavesOutEveryPaperTheReaderHasAndLowRatingsSeedNothing() {
    interests.add(new ReaderInterest(1, 0.9, "you saved it", LATER));
    interests.add(new ReaderInterest(2, 0, "you rated it 1★", LATER));
    near.put(1L, List.of(2L, 11L));
    near.put(2L, List.of(12L));

    assertThat(recommendations.of(7, 10).items())
        .extracting(r -> r.paper().id())
        .containsExactly(11L);
  }

  @Test
  void aPaperKnownTwiceKeepsItsStrongestReason() {
    interests.add(new ReaderInterest(1, 0.4, "you rated it 3★", LATER));
    interests.add(new ReaderInterest(1, 0.9, "you saved it", EARLIER));
    near.put(1L, List.of(11L));

    assertThat(recommendations.of(7, 10).items().get(0).because().get(0).interest())
        .isEqualTo("you saved it");
  }

  @Test
  void aReaderWithoutInterestsIsToldSoAndGetsNothing() {
    PersonalRecommendations.ForYou forYou = recommendations.of(7, 10);
    assertThat(forYou.hasInterests()).isFalse();
    assertThat(forYou.items()).isEmpty();
  }

  @Test
  void computesAgainOnlyWhenTheReadersPapersChange() {
    interests.add(new ReaderInterest(1, 1, "you rated it 5★", LATER));
    near.put(1L, List.of(11L));
    near.put(2L, List.of(12L));

    recommendations.of(7, 10);
    recommendations.of(7, 3);
    verify(related, times(1)).of(1L, RelatedResearch.DEPTH);

    interests.add(new ReaderInterest(2, 0.9, "you saved it", LATER));
    assertThat(recommendations.of(7, 10).items()).extracting(r -> r.paper().id()).contains(12L);
    verify(related, times(2)).of(1L, RelatedResearch.DEPTH);
  }

  private static PaperSummary paper(long id) {
    return new PaperSummary(id, "Paper " + id, null, null, null, null, List.of(), null, null, 0);
  }

  private static RelatedPaper.Reason reason(String text) {
    return new RelatedPaper.Reason(RelatednessSignal.TOPICS, text);
  }
}

package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void splitsAListIntoPagesOfTheGivenSize() {
    Paging second = Paging.of("2", 25, 10);

    assertThat(second.getPage()).isEqualTo(2);
    assertThat(second.getPageCount()).isEqualTo(3);
    assertThat(second.getFirstResult()).isEqualTo(10);
    assertThat(second.getPrevious()).isEqualTo(1);
    assertThat(second.getNext()).isEqualTo(3);
    assertThat(second.isFirst()).isFalse();
    assertThat(second.isLast()).isFalse();
    assertThat(Paging.of("3", 30, 10).isLast()).isTrue();
    assertThat(Paging.of("3", 30, 10).getPageCount()).isEqualTo(3);
  }

  @Test
  void anythingButAPositiveNumberMeansTheFirstPage() {
    for (String hostile :
        new String[] {
          null, "", "-1", "0", "abc", "1.5", "2e3", " 2", "+2", "١", "99999999999999999999", "<b>"
        }) {
      Paging paging = Paging.of(hostile, 25, 10);
      assertThat(paging.getPage()).as(hostile).isEqualTo(1);
      assertThat(paging.getFirstResult()).as(hostile).isZero();
    }
  }

  @Test
  void aPageAfterTheEndMeansTheLastPage() {
    assertThat(Paging.of("999999", 25, 10).getPage()).isEqualTo(3);
    assertThat(Paging.of("999999999", 25, 10).getFirstResult()).isEqualTo(20);
  }

  @Test
  void anEmptyListHasOneEmptyPage() {
    Paging empty = Paging.of("4", 0, 10);

    assertThat(empty.getPage()).isEqualTo(1);
    assertThat(empty.getPageCount()).isEqualTo(1);
    assertThat(empty.isFirst()).isTrue();
    assertThat(empty.isLast()).isTrue();
    assertThat(empty.getNumbers()).containsExactly(1);
  }

  @Test
  void showsEveryNumberOfAShortListAndGapsInALongOne() {
    assertThat(Paging.of("1", 50, 10).getNumbers()).containsExactly(1, 2, 3, 4, 5);
    assertThat(Paging.of("1", 1000, 10).getNumbers()).containsExactly(1, 2, 3, 0, 100);
    assertThat(Paging.of("50", 1000, 10).getNumbers())
        .containsExactly(1, 0, 48, 49, 50, 51, 52, 0, 100);
    assertThat(Paging.of("100", 1000, 10).getNumbers()).containsExactly(1, 0, 98, 99, 100);
    // A gap of a single page shows that page instead.
    assertThat(Paging.of("4", 70, 10).getNumbers()).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void refusesPagesOfNothing() {
    assertThatIllegalArgumentException().isThrownBy(() -> Paging.of("1", 10, 0));
  }
}

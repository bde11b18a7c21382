package app.tribune.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PaginationTest {

  private static final int G = Pagination.GAP;

  @Test
  void aMissingOrMistypedPageParameterMeansTheFirstPage() {
    for (String parameter : new String[] {null, "", "abc", "-1", "0", "1", "2abc", "1.5", " "}) {
      assertThat(Pagination.requested(parameter)).as(parameter).isEqualTo(1);
    }
    assertThat(Pagination.requested("3")).isEqualTo(3);
    assertThat(Pagination.requested(" 7 ")).isEqualTo(7);
    assertThat(Pagination.requested("999999")).isEqualTo(999999);
    assertThat(Pagination.requested("99999999999999999999999")).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aPageBeyondTheLastDoesNotExistButTheFirstAlwaysDoes() {
    assertThat(Pagination.of(null, 20, 0)).hasValue(new Pagination(1, 20, 0));
    assertThat(Pagination.of("abc", 20, 45)).hasValue(new Pagination(1, 20, 45));
    assertThat(Pagination.of("2", 20, 20)).isEmpty();
    assertThat(Pagination.of("2", 20, 21)).hasValue(new Pagination(2, 20, 21));
    assertThat(Pagination.of("999999", 20, 45)).isEmpty();
    assertThat(Pagination.of("99999999999999999999", 20, 45)).isEmpty();
  }

  @Test
  void offsetsAndNeighboursFollowThePageSize() {
    Pagination second = new Pagination(2, 20, 45);

    assertThat(second.lastPage()).isEqualTo(3);
    assertThat(second.offset()).isEqualTo(20);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(new Pagination(3, 20, 45).hasNext()).isFalse();
    assertThat(new Pagination(1, 20, 20).isPaginated()).isFalse();
    assertThat(new Pagination(1, 20, 0).lastPage()).isEqualTo(1);
  }

  @Test
  void pageNumbersShowTheEndsAndTheNeighbourhoodWithGaps() {
    assertThat(new Pagination(1, 20, 100).numbers()).containsExactly(1, 2, 3, 4, 5);
    assertThat(new Pagination(1, 20, 400).numbers()).containsExactly(1, 2, 3, G, 20);
    assertThat(new Pagination(10, 20, 400).numbers())
        .containsExactly(1, G, 8, 9, 10, 11, 12, G, 20);
    assertThat(new Pagination(20, 20, 400).numbers()).containsExactly(1, G, 18, 19, 20);
    assertThat(new Pagination(4, 20, 400).numbers()).containsExactly(1, 2, 3, 4, 5, 6, G, 20);
    assertThat(new Pagination(6, 20, 400).numbers()).containsExactly(1, G, 4, 5, 6, 7, 8, G, 20);
    assertThat(new Pagination(5, 20, 400).numbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, G, 20);
    assertThat(new Pagination(1, 20, 0).numbers()).containsExactly(1);
    assertThat(new Pagination(500_000, 1, 1_000_000).numbers())
        .containsExactly(1, G, 499_998, 499_999, 500_000, 500_001, 500_002, G, 1_000_000);
  }

  @Test
  void theFirstPageKeepsTheBareAddress() {
    Pagination pagination = new Pagination(1, 20, 100);

    assertThat(pagination.href("/tag/eau", 1)).isEqualTo("/tag/eau");
    assertThat(pagination.href("/tag/eau", 3)).isEqualTo("/tag/eau?page=3");
    assertThat(new Pagination(2, 20, 100).href("/tag/eau")).isEqualTo("/tag/eau?page=2");
  }

  @Test
  void aListWithAQueryOfItsOwnKeepsItOnEveryPage() {
    Pagination pagination = new Pagination(1, 10, 100);

    assertThat(pagination.href("/search?q=eau", 1)).isEqualTo("/search?q=eau");
    assertThat(pagination.href("/search?q=eau&type=ANALYSIS", 4))
        .isEqualTo("/search?q=eau&type=ANALYSIS&page=4");
  }

  @Test
  void aPageOutsideTheListCannotBeMade() {
    assertThatThrownBy(() -> new Pagination(0, 20, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package app.tribune.site.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a paginated list stands: the page shown, its size and the number of items, with the page
 * numbers a reader is offered. Pages count from 1.
 *
 * @param page the page shown, from 1 to {@link #lastPage()}
 */
public record Pagination(int page, int pageSize, long total) {

  /** In the list of page numbers, stands for the pages left out ("…"). */
  public static final int GAP = 0;

  /** Page numbers shown on each side of the current one before a gap. */
  private static final int AROUND = 2;

  public Pagination {
    if (pageSize < 1 || total < 0 || page < 1) {
      throw new IllegalArgumentException("No such page: " + page + " of " + pageSize);
    }
  }

  /**
   * The page a {@code ?page=} parameter asks for: absent, zero, negative or not a number means the
   * first page (a reader's typo deserves the list, not an error); a number too large for any list
   * asks for a page that does not exist.
   */
  public static int requested(String parameter) {
    if (parameter == null || !parameter.strip().matches("[+-]?\\d+")) {
      return 1;
    }
    String digits = parameter.strip();
    if (digits.startsWith("-")) {
      return 1;
    }
    try {
      return Math.max(1, Integer.parseInt(digits.replace("+", "")));
    } catch (NumberFormatException tooLarge) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The page a {@code ?page=} parameter asks for (see {@link #requested}) in a list of {@code
   * total} items, or nothing when the list has no such page: the view answers 404. The first page
   * always exists, even for an empty list.
   */
  public static Optional<Pagination> of(String parameter, int pageSize, long total) {
    int page = requested(parameter);
    return page <= lastPage(pageSize, total)
        ? Optional.of(new Pagination(page, pageSize, total))
        : Optional.empty();
  }

  public int lastPage() {
    return lastPage(pageSize, total);
  }

  private static int lastPage(int pageSize, long total) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + pageSize - 1) / pageSize));
  }

  /** How many items come before this page, for the query. */
  public int offset() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < lastPage();
  }

  /** Whether there is more than one page, and so page links to show. */
  public boolean isPaginated() {
    return lastPage() > 1;
  }

  /**
   * The page numbers to offer: the first, the last, and those around the current page, with {@link
   * #GAP} where pages are left out: 1 … 4 5 6 7 8 … 20. A gap never hides a single page, which
   * might as well be shown.
   */
  public List<Integer> numbers() {
    int last = lastPage();
    int from = page - AROUND <= 3 ? 1 : page - AROUND;
    int to = page + AROUND >= last - 2 ? last : page + AROUND;
    List<Integer> numbers = new ArrayList<>();
    if (from > 1) {
      numbers.add(1);
      numbers.add(GAP);
    }
    for (int n = from; n <= to; n++) {
      numbers.add(n);
    }
    if (to < last) {
      numbers.add(GAP);
      numbers.add(last);
    }
    return numbers;
  }

  /**
   * The address of page {@code number} of the list at {@code base} (which may carry a query of its
   * own): the first page has no number, so that it has one address only.
   */
  public String href(String base, int number) {
    return number <= 1 ? base : base + (base.indexOf('?') < 0 ? '?' : '&') + "page=" + number;
  }

  /** This page's own address in the list at {@code base}. */
  public String href(String base) {
    return href(base, page);
  }
}

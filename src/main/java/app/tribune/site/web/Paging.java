package app.tribune.site.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a numbered list. The page asked for comes from the address, so anything a reader or a
 * robot can type is accepted and clamped into the pages that exist: a list has at least one page
 * (an empty list shows its "nothing yet" message on page 1).
 */
public final class Paging {

  /** Page numbers shown on each side of the current one before a gap. */
  private static final int AROUND = 2;

  private final int page;
  private final int pageCount;
  private final int pageSize;
  private final long total;

  private Paging(int page, int pageCount, int pageSize, long total) {
    this.page = page;
    this.pageCount = pageCount;
    this.pageSize = pageSize;
    this.total = total;
  }

  /**
   * The page {@code requested} (as typed in the address) of a list of {@code total} items; a
   * missing, malformed or negative number means the first page, a number past the end the last.
   */
  public static Paging of(String requested, long total, int pageSize) {
    if (pageSize <= 0) {
      throw new IllegalArgumentException("A page holds at least one item: " + pageSize);
    }
    int pageCount = (int) Math.max(1, (Math.max(0, total) + pageSize - 1) / pageSize);
    return new Paging(Math.min(parse(requested), pageCount), pageCount, pageSize, total);
  }

  private static int parse(String requested) {
    if (requested == null || requested.isEmpty() || requested.length() > 9) {
      return 1;
    }
    for (int i = 0; i < requested.length(); i++) {
      if (requested.charAt(i) < '0' || requested.charAt(i) > '9') {
        return 1;
      }
    }
    return Math.max(1, Integer.parseInt(requested));
  }

  public int getPage() {
    return page;
  }

  public int getPageCount() {
    return pageCount;
  }

  public long getTotal() {
    return total;
  }

  /** Position of the page's first item in the whole list, for the query. */
  public int getFirstResult() {
    return (page - 1) * pageSize;
  }

  public int getPageSize() {
    return pageSize;
  }

  public boolean isFirst() {
    return page == 1;
  }

  public boolean isLast() {
    return page == pageCount;
  }

  public int getPrevious() {
    return Math.max(1, page - 1);
  }

  public int getNext() {
    return Math.min(pageCount, page + 1);
  }

  /**
   * The page numbers to link to: the first and last pages always, and those around the current one;
   * a 0 stands for a gap ("…"), so a list of a thousand pages still shows a short row.
   */
  public List<Integer> getNumbers() {
    List<Integer> numbers = new ArrayList<>();
    int from = Math.max(2, page - AROUND);
    int to = Math.min(pageCount - 1, page + AROUND);
    numbers.add(1);
    if (from > 2) {
      numbers.add(from == 3 ? 2 : 0);
    }
    for (int number = from; number <= to; number++) {
      numbers.add(number);
    }
    if (to < pageCount - 1) {
      numbers.add(to == pageCount - 2 ? pageCount - 1 : 0);
    }
    if (pageCount > 1) {
      numbers.add(pageCount);
    }
    return numbers;
  }
}

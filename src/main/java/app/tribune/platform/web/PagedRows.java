package app.tribune.platform.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The model of a back-office table read from the database a page at a time: the count and the page
 * come from the screen's service with the screen's own filter, the sort from the column clicked.
 * The rows of the page shown are kept, so a selection finds them again by key.
 */
public class PagedRows<T> extends LazyDataModel<T> {

  @Serial private static final long serialVersionUID = 1L;

  /** How many rows the filter selects. */
  @FunctionalInterface
  public interface Counter extends Serializable {
    long count();
  }

  /**
   * One page of rows.
   *
   * @param sortField the field of the column sorted by, or {@code null} for the default order
   */
  @FunctionalInterface
  public interface Reader<T> extends Serializable {
    List<T> page(int first, int size, String sortField, boolean ascending);
  }

  /** A row's key, unique in the table. */
  @FunctionalInterface
  public interface Key<T> extends Serializable {
    String of(T row);
  }

  private final Counter counter;
  private final Reader<T> reader;
  private final Key<T> key;
  private final Map<String, T> shown = new HashMap<>();

  public PagedRows(Counter counter, Reader<T> reader, Key<T> key) {
    this.counter = counter;
    this.reader = reader;
    this.key = key;
  }

  @Override
  public int count(Map<String, FilterMeta> ignored) {
    return (int) Math.min(Integer.MAX_VALUE, counter.count());
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> ignored) {
    SortMeta sort = sortBy.values().stream().filter(SortMeta::isActive).findFirst().orElse(null);
    List<T> page =
        reader.page(
            first,
            pageSize,
            sort == null ? null : sort.getField(),
            sort != null && sort.getOrder() == SortOrder.ASCENDING);
    shown.clear();
    page.forEach(row -> shown.put(key.of(row), row));
    return page;
  }

  @Override
  public String getRowKey(T row) {
    return key.of(row);
  }

  @Override
  public T getRowData(String rowKey) {
    return shown.get(rowKey);
  }
}

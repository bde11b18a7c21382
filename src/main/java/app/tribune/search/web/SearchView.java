package app.tribune.search.web;

import app.tribune.article.ArticleType;
import app.tribune.search.SearchIndex;
import app.tribune.search.SearchQuery;
import app.tribune.search.SearchResults;
import app.tribune.section.Section;
import app.tribune.section.SectionService;
import app.tribune.site.web.Pagination;
import app.tribune.site.web.SiteView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /search?q=…&type=…&section=…&year=…&page=…}: a plain GET form and its results. Every
 * parameter arrives as text and is checked here: a filter value the site does not know (a made-up
 * type, section or year) is dropped, as if "all" were chosen, which is also what its select then
 * shows; a page number that is not one becomes the first page.
 */
@Named
@RequestScoped
public class SearchView {

  @Inject private SearchIndex index;
  @Inject private SectionService sectionService;
  @Inject private SiteView site;

  private String q;
  private String type;
  private String section;
  private String year;
  private String page;

  private SearchQuery query;
  private SearchResults results;
  private List<SectionOption> sections;
  private List<Integer> years;

  /** A section among the filter's choices, sub-sections indented below their parent. */
  public record SectionOption(String slug, String label) {}

  public void load() {
    years = index.years();
    sections = new ArrayList<>();
    for (Section root : sectionService.navigation()) {
      addWithChildren(root, 0);
    }
    query = new SearchQuery(q, knownType(), knownSection(), knownYear());
    results = query.isBlank() ? null : index.search(query, pageNumber());
  }

  private void addWithChildren(Section parent, int depth) {
    sections.add(
        new SectionOption(
            parent.getSlug(), "– ".repeat(depth) + parent.getName(site.getLanguage())));
    for (Section child : parent.getChildren()) {
      if (child.isActive()) {
        addWithChildren(child, depth + 1);
      }
    }
  }

  private ArticleType knownType() {
    for (ArticleType candidate : ArticleType.values()) {
      if (candidate.name().equals(type)) {
        return candidate;
      }
    }
    return null;
  }

  private String knownSection() {
    return sections.stream()
        .map(SectionOption::slug)
        .filter(slug -> slug.equals(section))
        .findFirst()
        .orElse(null);
  }

  private Integer knownYear() {
    return years.stream().filter(y -> y.toString().equals(year)).findFirst().orElse(null);
  }

  private int pageNumber() {
    // Nine digits at most: the number must fit an int; the index clamps it to the last page.
    return page != null && page.matches("[1-9][0-9]{0,8}") ? Integer.parseInt(page) : 1;
  }

  /** Where the results stand among their pages, for the page links; none without results. */
  public Pagination getPagination() {
    return results == null
        ? null
        : new Pagination(results.page(), SearchIndex.PAGE_SIZE, results.total());
  }

  public ArticleType[] getTypes() {
    return ArticleType.values();
  }

  public List<SectionOption> getSections() {
    return sections;
  }

  public List<Integer> getYears() {
    return years;
  }

  /** What is searched for, filters checked; the page shows it back in the form. */
  public SearchQuery getQuery() {
    return query;
  }

  /** The results, or {@code null} when nothing was asked (the page shows the form only). */
  public SearchResults getResults() {
    return results;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getPage() {
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }
}

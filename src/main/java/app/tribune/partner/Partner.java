package app.tribune.partner;

import app.tribune.media.MediaAsset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An organisation whose support the site acknowledges, with its logo and link. */
@Entity
@Table(name = "partner")
@SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
@NamedQuery(name = Partner.FIND_ALL, query = "SELECT p FROM Partner p ORDER BY p.position, p.name")
@NamedQuery(
    name = Partner.FIND_ACTIVE_ON,
    query =
        "SELECT p FROM Partner p"
            + " WHERE (p.activeFrom IS NULL OR p.activeFrom <= :day)"
            + " AND (p.activeUntil IS NULL OR p.activeUntil >= :day)"
            + " ORDER BY p.position, p.name")
public class Partner {

  public static final String FIND_ALL = "Partner.findAll";

  /** Partners whose support covers the date given as {@code day}. */
  public static final String FIND_ACTIVE_ON = "Partner.findActiveOn";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
  private Long id;

  @Version private long version;

  /** Funders are thanked under "Avec le soutien de"; other partners are listed as partners. */
  @Column(name = "funder", nullable = false)
  private boolean funder = true;

  @NotBlank
  @Size(max = 160)
  @Column(name = "name", nullable = false, length = 160)
  private String name;

  @Size(max = 1000)
  @Column(name = "description", length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "logo_id")
  private MediaAsset logo;

  @Size(max = 500)
  @Column(name = "url", length = 500)
  private String url;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Column(name = "active_from")
  private LocalDate activeFrom;

  @Column(name = "active_until")
  private LocalDate activeUntil;

  public Partner() {}

  public Partner(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public boolean isFunder() {
    return funder;
  }

  public void setFunder(boolean funder) {
    this.funder = funder;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public MediaAsset getLogo() {
    return logo;
  }

  public void setLogo(MediaAsset logo) {
    this.logo = logo;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** Where the partner comes in lists of partners, smallest first. */
  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  /** First day of support, or {@code null} when it has always been shown. */
  public LocalDate getActiveFrom() {
    return activeFrom;
  }

  public void setActiveFrom(LocalDate activeFrom) {
    this.activeFrom = activeFrom;
  }

  /** Last day of support (inclusive), or {@code null} while it goes on. */
  public LocalDate getActiveUntil() {
    return activeUntil;
  }

  public void setActiveUntil(LocalDate activeUntil) {
    this.activeUntil = activeUntil;
  }

  /** Whether the support covers the given day, both ends included. */
  public boolean isActiveOn(LocalDate day) {
    return (activeFrom == null || !day.isBefore(activeFrom))
        && (activeUntil == null || !day.isAfter(activeUntil));
  }

  /** Lets a form refuse a period that ends before it starts. */
  @AssertTrue(message = "{partner.periodEndsBeforeStart}")
  public boolean isPeriodValid() {
    return activeFrom == null || activeUntil == null || !activeUntil.isBefore(activeFrom);
  }

  /** Same row, so that a partner chosen in a form is recognised in a set of partners. */
  @Override
  public boolean equals(Object other) {
    return this == other
        || (other instanceof Partner partner && id != null && id.equals(partner.id));
  }

  @Override
  public int hashCode() {
    return Partner.class.hashCode();
  }
}

package app.tribune.newsletter.admin.web;

import app.tribune.newsletter.admin.ConsentBasis;
import app.tribune.newsletter.admin.CsvReader;
import app.tribune.newsletter.admin.ImportColumns;
import app.tribune.newsletter.admin.ImportFile;
import app.tribune.newsletter.admin.ImportProblem;
import app.tribune.newsletter.admin.ImportReport;
import app.tribune.newsletter.admin.SubscriberImportService;
import app.tribune.platform.i18n.Language;
import app.tribune.platform.i18n.Messages;
import app.tribune.platform.rules.RuleViolationException;
import app.tribune.platform.web.Feedback;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /admin/subscribers/import.xhtml}: a CSV file in three steps. Upload (refused at once when
 * too large, not text, or badly quoted); then say which column holds what, look at the first rows
 * as they would be read, and state on what basis these people are added; then the import, and the
 * report of every row left out.
 */
@Named
@ViewScoped
public class SubscriberImportView implements Serializable {

  @Serial private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SubscriberImportView.class.getName());

  /** Data rows shown before the import. */
  static final int PREVIEW_ROWS = 5;

  @Inject private SubscriberImportService imports;

  private transient Part file;
  private byte[] content;
  private String fileName;
  private char delimiter;
  private List<String> firstRow = List.of();
  private List<PreviewRow> preview = List.of();
  private int dataRows;

  private boolean header = true;
  private int emailColumn;
  private int nameColumn = ImportColumns.NONE;
  private int languageColumn = ImportColumns.NONE;
  private int topicsColumn = ImportColumns.NONE;
  private Language defaultLanguage = Language.FR;
  private ConsentBasis basis;
  private LocalDate collectedOn;
  private String note;

  private ImportReport report;

  /** A data row as the import would read it with the chosen columns. */
  public record PreviewRow(int line, String email, String name, String language, String topics)
      implements Serializable {}

  /** Reads the uploaded file and proposes columns from its first row. */
  public void read() {
    reset();
    if (file == null || file.getSize() == 0) {
      Feedback.error("subscriberImport.error.noFile");
      return;
    }
    if (file.getSize() > imports.maxBytes()) {
      Feedback.error("subscriberImport.error.tooLarge", megabytes());
      return;
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes((int) imports.maxBytes() + 1);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Import file could not be read", e);
      Feedback.error("subscriberImport.error.unreadable");
      return;
    }
    ImportFile parsed;
    try {
      parsed = ImportFile.read(bytes);
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
      return;
    }
    if (parsed.rows().isEmpty()) {
      Feedback.error("subscriberImport.error.empty");
      return;
    }
    content = bytes;
    fileName = fileName(file);
    delimiter = parsed.delimiter();
    firstRow = parsed.rows().get(0).cells();
    ImportColumns guessed = ImportColumns.guess(firstRow);
    emailColumn = guessed.email();
    nameColumn = guessed.name();
    languageColumn = guessed.language();
    topicsColumn = guessed.topics();
    showPreview(parsed);
  }

  /** Shows the first rows again with the columns as now chosen. */
  public void applyColumns() {
    if (content != null) {
      showPreview(ImportFile.read(content));
    }
  }

  /** Imports the file with the columns and the consent basis chosen. */
  public void run() {
    if (content == null) {
      Feedback.error("subscriberImport.error.noFile");
      return;
    }
    try {
      report =
          imports.run(
              ImportFile.read(content),
              new SubscriberImportService.Request(
                  fileName, header, columns(), defaultLanguage, basis, collectedOn, note));
    } catch (RuleViolationException refused) {
      Feedback.refused(refused);
      return;
    }
    content = null;
    Feedback.info("subscriberImport.done", report.imported(), report.problems().size());
  }

  /** Back to the first step, for another file. */
  public void reset() {
    content = null;
    fileName = null;
    firstRow = List.of();
    preview = List.of();
    report = null;
    dataRows = 0;
  }

  private void showPreview(ImportFile parsed) {
    List<CsvReader.Row> rows = parsed.dataRows(header);
    dataRows = rows.size();
    ImportColumns columns = columns();
    List<PreviewRow> shown = new ArrayList<>();
    for (CsvReader.Row row : rows.subList(0, Math.min(PREVIEW_ROWS, rows.size()))) {
      shown.add(
          new PreviewRow(
              row.line(),
              row.cell(columns.email()),
              row.cell(columns.name()),
              row.cell(columns.language()),
              row.cell(columns.topics())));
    }
    preview = shown;
  }

  private ImportColumns columns() {
    return new ImportColumns(emailColumn, nameColumn, languageColumn, topicsColumn);
  }

  /** The file's columns to choose from: number and first-row text. */
  public List<SelectItem> getColumnChoices() {
    List<SelectItem> choices = new ArrayList<>();
    for (int i = 0; i < firstRow.size(); i++) {
      String sample = firstRow.get(i);
      String label = (i + 1) + (sample.isBlank() ? "" : " – " + abbreviated(sample));
      choices.add(new SelectItem(i, label));
    }
    return choices;
  }

  public String getDelimiterName() {
    return switch (delimiter) {
      case ';' -> "« ; »";
      case ',' -> "« , »";
      case '\t' -> "tab";
      default -> "« " + delimiter + " »";
    };
  }

  public double megabytes() {
    return imports.maxBytes() / (1024.0 * 1024.0);
  }

  public double getMaxMegabytes() {
    return megabytes();
  }

  public boolean isRead() {
    return content != null;
  }

  /** Why a row was left out, in the editor's language. */
  public String reason(ImportProblem problem) {
    return Messages.get(
        FacesContext.getCurrentInstance(), problem.reason(), problem.arguments().toArray());
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + '…';
  }

  private static String fileName(Part part) {
    String submitted = part.getSubmittedFileName();
    if (submitted == null || submitted.isBlank()) {
      return "import.csv";
    }
    Path name = Path.of(submitted.replace('\\', '/')).getFileName();
    return name == null ? "import.csv" : abbreviated(name.toString());
  }

  public ConsentBasis[] getBases() {
    return ConsentBasis.values();
  }

  public Language[] getLanguages() {
    return Language.values();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public List<PreviewRow> getPreview() {
    return preview;
  }

  public int getDataRows() {
    return dataRows;
  }

  public boolean isHeader() {
    return header;
  }

  public void setHeader(boolean header) {
    this.header = header;
  }

  public int getEmailColumn() {
    return emailColumn;
  }

  public void setEmailColumn(int emailColumn) {
    this.emailColumn = emailColumn;
  }

  public int getNameColumn() {
    return nameColumn;
  }

  public void setNameColumn(int nameColumn) {
    this.nameColumn = nameColumn;
  }

  public int getLanguageColumn() {
    return languageColumn;
  }

  public void setLanguageColumn(int languageColumn) {
    this.languageColumn = languageColumn;
  }

  public int getTopicsColumn() {
    return topicsColumn;
  }

  public void setTopicsColumn(int topicsColumn) {
    this.topicsColumn = topicsColumn;
  }

  public Language getDefaultLanguage() {
    return defaultLanguage;
  }

  public void setDefaultLanguage(Language defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  public ConsentBasis getBasis() {
    return basis;
  }

  public void setBasis(ConsentBasis basis) {
    this.basis = basis;
  }

  public LocalDate getCollectedOn() {
    return collectedOn;
  }

  public void setCollectedOn(LocalDate collectedOn) {
    this.collectedOn = collectedOn;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public ImportReport getReport() {
    return report;
  }
}

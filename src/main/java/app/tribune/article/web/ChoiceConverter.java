package app.tribune.article.web;

import app.tribune.article.Choice;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a picked {@link Choice} through a form as {@code id:label}, or {@code :name} for a tag
 * typed but not yet created. The id is all the service trusts; the label only redisplays the pick.
 */
@FacesConverter(forClass = Choice.class, managed = false)
public class ChoiceConverter implements Converter<Choice> {

  @Override
  public Choice getAsObject(FacesContext context, UIComponent component, String value) {
    return parse(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Choice choice) {
    if (choice == null) {
      return "";
    }
    return (choice.id() == null ? "" : choice.id().toString()) + ':' + choice.label();
  }

  static Choice parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    int colon = value.indexOf(':');
    if (colon < 0) {
      // What an autocomplete that accepts free text sends: a new tag's name.
      return Choice.newTag(value);
    }
    String id = value.substring(0, colon);
    String label = value.substring(colon + 1);
    if (id.isEmpty()) {
      return label.isBlank() ? null : Choice.newTag(label);
    }
    try {
      return new Choice(Long.valueOf(id), label);
    } catch (NumberFormatException notAnId) {
      return Choice.newTag(value);
    }
  }
}

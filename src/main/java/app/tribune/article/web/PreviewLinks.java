package app.tribune.article.web;

import app.tribune.article.PreviewToken;
import app.tribune.platform.security.SigningKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Makes and checks the shareable preview addresses of drafts. */
@ApplicationScoped
public class PreviewLinks {

  static final String KEY_USE = "article-preview";

  @Inject private SigningKey signingKey;

  @Inject
  @ConfigProperty(name = "tribune.base.url")
  String baseUrl;

  /** The absolute address of the article's preview, valid for a week from now. */
  public String url(long articleId) {
    return baseUrl + "/preview.xhtml?t=" + PreviewToken.sign(articleId, Instant.now(), key());
  }

  /** The article a preview address opens, if its token is genuine and still valid. */
  public Optional<Long> articleOf(String token) {
    return PreviewToken.verify(token, Instant.now(), key());
  }

  private byte[] key() {
    return signingKey.key(KEY_USE);
  }
}

package app.tribune.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks an integration test whose outcome the database cannot change: what it checks lives in
 * memory (throttles, sessions, headers), in a filter before any query, or in service rules over
 * portable JPA. The PostgreSQL pass leaves these out (its failsafe execution excludes the tag), so
 * the suite's second pass is spent on what the database decides: queries, locks, batch jobs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseIndependent.TAG)
public @interface DatabaseIndependent {

  String TAG = "database-independent";
}

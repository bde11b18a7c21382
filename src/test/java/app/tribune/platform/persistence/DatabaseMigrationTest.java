package app.tribune.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

  @Test
  void binaryColumnsGetEachDatabasesOwnType() {
    assertThat(DatabaseMigration.placeholdersFor("PostgreSQL")).containsEntry("blob", "BYTEA");
    assertThat(DatabaseMigration.placeholdersFor("H2")).containsEntry("blob", "BLOB");
  }
}

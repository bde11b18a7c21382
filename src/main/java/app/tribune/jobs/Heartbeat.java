package app.tribune.jobs;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last sign of life of a job execution from the node running it. */
@Entity
@Table(name = "job_heartbeat")
@NamedQuery(name = Heartbeat.FIND, query = "SELECT h FROM Heartbeat h WHERE h.executionId IN :ids")
@NamedQuery(
    name = Heartbeat.BEAT,
    query = "UPDATE Heartbeat h SET h.beatAt = :now WHERE h.executionId IN :ids")
@NamedQuery(
    name = Heartbeat.DELETE_BEFORE,
    query = "DELETE FROM Heartbeat h WHERE h.beatAt < :before")
public class Heartbeat {

  public static final String FIND = "Heartbeat.find";
  public static final String BEAT = "Heartbeat.beat";
  public static final String DELETE_BEFORE = "Heartbeat.deleteBefore";

  @Id
  @Column(name = "execution_id")
  private Long executionId;

  @Column(name = "node", nullable = false, length = 100)
  private String node;

  @Column(name = "beat_at", nullable = false)
  private Instant beatAt;

  protected Heartbeat() {}

  Heartbeat(long executionId, String node, Instant beatAt) {
    this.executionId = executionId;
    this.node = node;
    this.beatAt = beatAt;
  }

  public Long getExecutionId() {
    return executionId;
  }

  public String getNode() {
    return node;
  }

  public Instant getBeatAt() {
    return beatAt;
  }
}

package app.tribune.newsletter.sending;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Splits an issue's pending deliveries into id ranges of about the same size, one per sender.
 * Ranges rather than {@code id mod n}: delivery ids come from a sequence that steps by its
 * allocation size, so a modulo would leave some senders without work. The plan is made anew at each
 * (re)start, from what is still pending then.
 */
@Named
@Dependent
public class DeliveryPartitionMapper implements PartitionMapper {

  @Inject
  @BatchProperty(name = "issueId")
  String issueId;

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Resource(lookup = "jdbc/tribune")
  private DataSource dataSource;

  @Override
  public PartitionPlan mapPartitions() throws Exception {
    long first = 0;
    long last = -1;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement range =
            connection.prepareStatement(
                "SELECT MIN(id), MAX(id) FROM delivery WHERE issue_id = ? AND status = 'PENDING'")) {
      range.setLong(1, Long.parseLong(issueId));
      try (ResultSet result = range.executeQuery()) {
        if (result.next() && result.getObject(1) != null) {
          first = result.getLong(1);
          last = result.getLong(2);
        }
      }
    }
    int count = Integer.parseInt(partitions);
    long span = Math.max(1, (last - first + count) / count);
    Properties[] ranges = new Properties[count];
    for (int i = 0; i < count; i++) {
      Properties range = new Properties();
      range.setProperty("fromId", Long.toString(first + i * span));
      range.setProperty("toId", Long.toString(i == count - 1 ? last : first + (i + 1) * span - 1));
      ranges[i] = range;
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(count);
    plan.setThreads(count);
    plan.setPartitionProperties(ranges);
    plan.setPartitionsOverride(true);
    return plan;
  }
}

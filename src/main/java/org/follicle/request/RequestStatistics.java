package org.follicle.request;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How an account answers other people's requests, for its author profile. */
@Service
public class RequestStatistics {

  private final JdbcClient jdbc;

  RequestStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The requests of others the account answered (newest first answer first), how many, and the
   * median hours from a request to the account's first answer to it.
   */
  @Transactional(readOnly = true)
  public AnswerStatistics forAccount(long accountId) {
    List<AnsweredRequest> answered =
        jdbc.sql(
                "select r.id, r.paper_id, r.kind, r.status, r.created_at,"
                    + " min(a.created_at) as first_answer from resource_answer a"
                    + " join resource_request r on r.id = a.request_id"
                    + " where a.answerer_id = ? and (r.asker_id is null or r.asker_id <> ?)"
                    + " group by r.id, r.paper_id, r.kind, r.status, r.created_at"
                    + " order by first_answer desc, r.id desc")
            .params(accountId, accountId)
            .query(
                (row, n) ->
                    new AnsweredRequest(
                        row.getLong("id"),
                        row.getLong("paper_id"),
                        RequestKind.valueOf(row.getString("kind")).code(),
                        RequestStatus.valueOf(row.getString("status")).code(),
                        row.getTimestamp("created_at").toInstant(),
                        row.getTimestamp("first_answer").toInstant()))
            .list();
    return new AnswerStatistics(answered.size(), medianHours(answered), answered);
  }

  private static Double medianHours(List<AnsweredRequest> answered) {
    if (answered.isEmpty()) {
      return null;
    }
    double[] hours =
        answered.stream()
            .mapToDouble(
                request ->
                    java.time.Duration.between(request.askedAt(), request.firstAnsweredAt())
                            .toSeconds()
                        / 3600.0)
            .sorted()
            .toArray();
    int middle = hours.length / 2;
    return hours.length % 2 == 1 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2;
  }
}

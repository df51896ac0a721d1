package org.follicle.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The requests, answers and follows in the database. */
@Repository
class RequestStore {

  private final JdbcClient jdbc;

  RequestStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insertRequest(
      long paperId, long askerId, String askerName, RequestKind kind, String message, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into resource_request (paper_id, asker_id, asker_name, kind, message, status,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            paperId,
            askerId,
            askerName,
            kind.name(),
            message,
            RequestStatus.OPEN.name(),
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  Optional<RequestRow> request(long id) {
    return jdbc.sql("select " + RequestRow.COLUMNS + " from resource_request r where r.id = ?")
        .param(id)
        .query(RequestRow::of)
        .optional();
  }

  List<RequestRow> forPaper(long paperId) {
    return jdbc.sql(
            "select "
                + RequestRow.COLUMNS
                + " from resource_request r where r.paper_id = ? order by r.id desc")
        .param(paperId)
        .query(RequestRow::of)
        .list();
  }

  /** Requests with ids below {@code beforeId}, newest first, of the status when one is given. */
  List<RequestRow> recent(RequestStatus status, long beforeId, int limit) {
    String where = status == null ? "r.id < ?" : "r.id < ? and r.status = ?";
    var query =
        jdbc.sql(
                "select "
                    + RequestRow.COLUMNS
                    + " from resource_request r where "
                    + where
                    + " order by r.id desc fetch first ? rows only")
            .param(beforeId);
    if (status != null) {
      query = query.param(status.name());
    }
    return query.param(limit).query(RequestRow::of).list();
  }

  void setStatus(long id, RequestStatus status, String reason, Instant at) {
    jdbc.sql(
            "update resource_request set status = ?, status_reason = ?, status_changed_at = ?"
                + " where id = ?")
        .params(status.name(), reason, Timestamp.from(at), id)
        .update();
  }

  long insertAnswer(NewAnswer answer, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into resource_answer (request_id, answerer_id, answerer_name, by_author, body,"
                + " links, file_key, file_name, file_size, accepted, created_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            answer.requestId(),
            answer.answererId(),
            answer.answererName(),
            answer.byAuthor(),
            answer.body(),
            String.join("\n", answer.links()),
            answer.file() == null ? null : answer.file().key(),
            answer.file() == null ? null : answer.file().name(),
            answer.file() == null ? null : answer.file().size(),
            false,
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  List<AnswerRow> answers(long requestId) {
    return jdbc.sql(
            "select "
                + AnswerRow.COLUMNS
                + " from resource_answer where request_id = ? order by id")
        .param(requestId)
        .query(AnswerRow::of)
        .list();
  }

  Optional<AnswerRow> answer(long requestId, long answerId) {
    return jdbc.sql(
            "select " + AnswerRow.COLUMNS + " from resource_answer where request_id = ? and id = ?")
        .params(requestId, answerId)
        .query(AnswerRow::of)
        .optional();
  }

  void accept(long answerId) {
    jdbc.sql("update resource_answer set accepted = ? where id = ?")
        .params(true, answerId)
        .update();
  }

  /** Follows once: following again changes nothing. */
  void follow(long requestId, long accountId) {
    jdbc.sql(
            "insert into resource_request_follow (request_id, account_id)"
                + " select ?, ? where not exists (select 1 from resource_request_follow"
                + " where request_id = ? and account_id = ?)")
        .params(requestId, accountId, requestId, accountId)
        .update();
  }

  void unfollow(long requestId, long accountId) {
    jdbc.sql("delete from resource_request_follow where request_id = ? and account_id = ?")
        .params(requestId, accountId)
        .update();
  }

  boolean follows(long requestId, long accountId) {
    return jdbc.sql(
                "select count(*) from resource_request_follow where request_id = ? and account_id = ?")
            .params(requestId, accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  long followerCount(long requestId) {
    return jdbc.sql("select count(*) from resource_request_follow where request_id = ?")
        .param(requestId)
        .query(Long.class)
        .single();
  }

  /** Who hears of the request's news: its asker, its followers and everyone who answered. */
  List<Long> audience(long requestId) {
    return jdbc.sql(
            "select asker_id as account_id from resource_request where id = ? and asker_id is not"
                + " null union select account_id from resource_request_follow where request_id = ?"
                + " union select answerer_id from resource_answer where request_id = ?"
                + " and answerer_id is not null")
        .params(requestId, requestId, requestId)
        .query(Long.class)
        .list();
  }

  /** Keeps the deleted account's requests and answers, without its id or name. */
  void anonymise(long accountId) {
    jdbc.sql("update resource_request set asker_id = null, asker_name = null where asker_id = ?")
        .param(accountId)
        .update();
    jdbc.sql(
            "update resource_answer set answerer_id = null, answerer_name = null"
                + " where answerer_id = ?")
        .param(accountId)
        .update();
  }

  List<RequestRow> askedBy(long accountId) {
    return jdbc.sql(
            "select "
                + RequestRow.COLUMNS
                + " from resource_request r where r.asker_id = ? order by r.id")
        .param(accountId)
        .query(RequestRow::of)
        .list();
  }

  List<AnswerRow> answeredBy(long accountId) {
    return jdbc.sql(
            "select "
                + AnswerRow.COLUMNS
                + " from resource_answer where answerer_id = ? order by id")
        .param(accountId)
        .query(AnswerRow::of)
        .list();
  }

  List<Long> followedBy(long accountId) {
    return jdbc.sql(
            "select request_id from resource_request_follow where account_id = ? order by"
                + " request_id")
        .param(accountId)
        .query(Long.class)
        .list();
  }
}

package org.follicle.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A comment with its replies, oldest first, for the nested thread on the page and in the API. */
record CommentNode(CommentRow comment, List<CommentNode> replies) {

  /** The comments of a post (in id order) as trees under the post. */
  static List<CommentNode> tree(List<CommentRow> comments) {
    Map<Long, CommentNode> byId = new HashMap<>();
    List<CommentNode> roots = new ArrayList<>();
    for (CommentRow comment : comments) {
      CommentNode node = new CommentNode(comment, new ArrayList<>());
      byId.put(comment.id(), node);
      CommentNode parent = comment.parentId() == null ? null : byId.get(comment.parentId());
      // A parent always has a smaller id than its replies, so it is already placed.
      (parent == null ? roots : parent.replies()).add(node);
    }
    return roots;
  }
}

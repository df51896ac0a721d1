package org.follicle.community;

import java.util.List;

/** A page of a channel's posts in one sort, and the cursor of the next page (null at the end). */
record PostPage(ChannelRow channel, PostSort sort, List<PostRow> posts, String next) {}

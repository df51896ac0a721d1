package org.follicle.community;

import java.util.List;

/**
 * What an author writes in a post: a title, a Markdown body and the studies it links (paper ids).
 */
record PostText(String title, String body, List<Long> studies) {}

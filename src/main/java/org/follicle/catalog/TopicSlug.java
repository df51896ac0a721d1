package org.follicle.catalog;

import java.text.Normalizer;
import java.util.Locale;

/** The URL slug of a topic name: "Janus Kinase Inhibitor" becomes "janus-kinase-inhibitor". */
final class TopicSlug {

  private TopicSlug() {}

  static String of(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    return slug.length() > 200 ? slug.substring(0, 200) : slug;
  }
}

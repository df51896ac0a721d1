package org.follicle.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored authors, found by their identity key. */
interface AuthorRepository extends JpaRepository<Author, Long> {

  Optional<Author> findByNameKey(String nameKey);

  java.util.List<Author> findByNameKeyIn(java.util.Collection<String> nameKeys);
}

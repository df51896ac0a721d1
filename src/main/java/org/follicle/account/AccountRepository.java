package org.follicle.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored accounts, found by their case-insensitive name or address. */
interface AccountRepository extends JpaRepository<Account, Long> {

  Optional<Account> findByUsernameKey(String usernameKey);

  Optional<Account> findByEmailKey(String emailKey);

  boolean existsByUsernameKey(String usernameKey);

  boolean existsByEmailKey(String emailKey);

  /** A page of the admin's user list: accounts after an id, oldest first. */
  List<Account> findByIdGreaterThanOrderByIdAsc(long after, Limit limit);
}

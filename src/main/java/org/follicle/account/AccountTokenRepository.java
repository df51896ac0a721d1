package org.follicle.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Mailed tokens by their hash. */
interface AccountTokenRepository extends JpaRepository<AccountToken, String> {

  @Modifying
  @Query("delete from AccountToken t where t.accountId = :accountId and t.purpose = :purpose")
  void deleteByAccountAndPurpose(long accountId, TokenPurpose purpose);
}

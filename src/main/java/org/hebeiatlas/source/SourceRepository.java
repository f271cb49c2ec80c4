package org.hebeiatlas.source;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Sources, looked up by code or filtered.
 */
public interface SourceRepository extends JpaRepository<Source, Long>, JpaSpecificationExecutor<Source> {

	Optional<Source> findByCode(String code);

}

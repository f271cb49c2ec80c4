package org.hebeiatlas.county;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Counties, looked up by slug, by city, or filtered.
 */
public interface CountyRepository extends JpaRepository<County, Long>, JpaSpecificationExecutor<County> {

	Optional<County> findBySlug(String slug);

	List<County> findByCityIdInOrderByName(Collection<Long> cityIds);

}

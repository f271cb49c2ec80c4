package org.hebeiatlas.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Brands, looked up by slug, by company, or filtered.
 */
public interface BrandRepository extends JpaRepository<Brand, Long>, JpaSpecificationExecutor<Brand> {

	Optional<Brand> findBySlug(String slug);

	List<Brand> findByCompanyIdInOrderByName(Collection<Long> companyIds);

}

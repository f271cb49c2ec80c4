package org.hebeiatlas.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Products, looked up by slug, by company, by brand, or filtered.
 */
public interface ProductRepository extends JpaRepository<Product, Long>, JpaSpecificationExecutor<Product> {

	Optional<Product> findBySlug(String slug);

	List<Product> findByCompanyIdInOrderByName(Collection<Long> companyIds);

	List<Product> findByBrandIdInOrderByName(Collection<Long> brandIds);

}

package org.hebeiatlas.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hebeiatlas.model.Link;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Companies, looked up by slug, by county, by cluster, or filtered.
 */
public interface CompanyRepository extends JpaRepository<Company, Long>, JpaSpecificationExecutor<Company> {

	Optional<Company> findBySlug(String slug);

	List<Company> findByCountyIdInOrderByName(Collection<Long> countyIds);

	@Query("select new org.hebeiatlas.model.Link(cl.id, c) from Company c join c.clusters cl where cl.id in :clusterIds order by c.name")
	List<Link<Company>> findLinksByClusterIds(Collection<Long> clusterIds);

}
